package dev.cofactor.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * How JSON columns (question specs, answers) are read and written: Hibernate's own Jackson mapping,
 * but with no limit on the length of a number read back. What the API takes is bounded at the door
 * (an answer's number, see {@code AnswerKey.Numeric}); this makes sure that a value stored before any
 * bound existed can still be read, so that no stored answer can make a page fail.
 */
@JsonFormat
@PersistenceUnitExtension
public class StoredJson implements FormatMapper {

    /** Reads what the database holds, for code that reads JSON columns itself (CSV exports). */
    public static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build())
            .build()).findAndRegisterModules();

    private final FormatMapper jackson = new JacksonJsonFormatMapper(MAPPER);

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> type, WrapperOptions options) {
        return jackson.fromString(json, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return jackson.toString(value, type, options);
    }
}
