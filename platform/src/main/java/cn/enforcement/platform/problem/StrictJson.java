package cn.enforcement.platform.problem;

import cn.enforcement.platform.time.PlausibleDates;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Requests are read as written, for every service: no number for an enum ({@code "partyType": 0}), no
 * number for a date ({@code 20261121} is not a day) nor an empty text for one, no number or boolean for a text,
 * no text for a number or a boolean (nor an empty one), no date outside the plausible years, no null inside a
 * list, no property twice. A client error shows at once as MALFORMED_FIELD or DUPLICATE_FIELD instead of a
 * silently different record, or a 500 from a database that cannot hold it.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // the last of two values would win unseen: which one the client meant is its to say
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (Class<?> collection : new Class<?>[] { List.class, Set.class, Collection.class }) {
            mapper.configOverride(collection).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        for (LogicalType type : new LogicalType[] { LogicalType.DateTime, LogicalType.Textual }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("plausible-dates").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return type == LocalDate.class || type == Instant.class || type == OffsetDateTime.class
                        ? new PlausibleYears(deserializer) : deserializer;
            }
        }));
    }

    /** A date or time is read as usual, then refused outside {@link PlausibleDates}. */
    private static final class PlausibleYears extends DelegatingDeserializer {

        PlausibleYears(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new PlausibleYears(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            boolean plausible = value instanceof LocalDate date ? PlausibleDates.contains(date)
                    : value instanceof Instant instant ? PlausibleDates.contains(instant)
                    : !(value instanceof OffsetDateTime time) || PlausibleDates.contains(time.toInstant());
            if (!plausible) {
                throw InvalidFormatException.from(parser, "a date " + PlausibleDates.range(), value, handledType());
            }
            return value;
        }
    }
}
