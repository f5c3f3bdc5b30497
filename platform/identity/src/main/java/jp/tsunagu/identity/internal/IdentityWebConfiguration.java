package jp.tsunagu.identity.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {
    private final OfficeScopeInterceptor officeScope;
    private final PersonalDataInterceptor personalData;

    IdentityWebConfiguration(OfficeScopeInterceptor officeScope, PersonalDataInterceptor personalData) {
        this.officeScope = officeScope;
        this.personalData = personalData;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(officeScope).order(50);
        registry.addInterceptor(personalData).order(60);
    }
}
