package jp.tsunagu.web.internal;

import java.util.function.Function;
import jp.tsunagu.kernel.OfficeId;
import jp.tsunagu.kernel.PersonId;
import jp.tsunagu.kernel.TenantId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The kernel's typed ids travel in JSON as the plain UUID string they always were ({@code "personId": "…"}),
 * so responses and requests can carry {@link PersonId}, {@link OfficeId} and {@link TenantId} without changing
 * the API's wire format. A malformed id is a bad request naming the field, like a malformed UUID.
 */
@Configuration(proxyBeanMethods = false)
class KernelIdsJson {

    @Bean
    JacksonModule kernelIds() {
        SimpleModule module = new SimpleModule("tsunagu-kernel-ids");
        add(module, PersonId.class, PersonId::of);
        add(module, OfficeId.class, OfficeId::of);
        add(module, TenantId.class, TenantId::of);
        return module;
    }

    private static <T> void add(SimpleModule module, Class<T> type, Function<String, T> parse) {
        module.addSerializer(type, ToStringSerializer.instance);
        module.addDeserializer(type, new StdScalarDeserializer<T>(type) {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) {
                String text = parser.getValueAsString();
                try {
                    return parse.apply(text.strip());
                } catch (RuntimeException e) {
                    @SuppressWarnings("unchecked") T refused = (T) context.handleWeirdStringValue(type, text, "not a UUID");
                    return refused;
                }
            }
        });
    }
}
