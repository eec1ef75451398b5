package dev.cofactor.quiz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How JSON columns (question specs, answers) are read and written, by Hibernate (the web module installs
 * it as the JSON format mapper) and by queries that read a column themselves: Jackson with no limit on
 * the length of a number read back. What the API takes is bounded at the door (an answer's number, see
 * {@code AnswerKey.Numeric}); this makes sure that a value stored before any bound existed can still be
 * read, so that no stored answer can make a page or an export fail.
 */
public final class StoredJsonMapper {

    public static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build())
            .build()).findAndRegisterModules();

    private StoredJsonMapper() {
    }
}
