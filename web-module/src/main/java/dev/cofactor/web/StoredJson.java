package dev.cofactor.web;

import dev.cofactor.quiz.StoredJsonMapper;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/** Hibernate's JSON columns read and written with {@link StoredJsonMapper} (no bound on a number read back). */
@JsonFormat
@PersistenceUnitExtension
public class StoredJson implements FormatMapper {

    private final FormatMapper jackson = new JacksonJsonFormatMapper(StoredJsonMapper.MAPPER);

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> type, WrapperOptions options) {
        return jackson.fromString(json, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return jackson.toString(value, type, options);
    }
}
