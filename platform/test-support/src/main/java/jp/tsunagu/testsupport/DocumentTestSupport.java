package jp.tsunagu.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Collection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * What a module's document tests render with, as the application has it, and read back: its bundles, the templates
 * with the platform's dialects, a PDF's text and page size.
 */
public final class DocumentTestSupport {
    private DocumentTestSupport() {
    }

    /** The bundles the application reads ({@code spring.messages.basename}: the platform's and {@code module}'s), in UTF-8. */
    public static ResourceBundleMessageSource messages(String module) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "messages/" + module);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /**
     * The templates as the application resolves them ({@code classpath:templates/…html}, SpEL), with the dialects the
     * platform contributes as beans ({@code #ja}), found the way the application finds them: components of type
     * {@link IDialect} under {@code jp.tsunagu.web}.
     */
    public static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        platformDialects().forEach(engine::addDialect);
        return engine;
    }

    private static Collection<IDialect> platformDialects() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, false);
            scanner.addIncludeFilter(new AssignableTypeFilter(IDialect.class));
            scanner.scan("jp.tsunagu.web");
            context.refresh();
            Collection<IDialect> dialects = context.getBeansOfType(IDialect.class).values();
            if (dialects.isEmpty()) {
                throw new IllegalStateException("the platform contributes no template dialect: #ja is gone");
            }
            return dialects;
        }
    }

    /** A page's text as a reader copies it. */
    public static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** The text without any white space, to find a phrase wherever the layout broke its line. */
    public static String squeezed(String text) {
        return text.replaceAll("\\s", "");
    }

    /** Every page is A4, upright ({@code landscape}: on its side). */
    public static void allA4(PDDocument document, boolean landscape) {
        for (PDPage page : document.getPages()) {
            float width = landscape ? PDRectangle.A4.getHeight() : PDRectangle.A4.getWidth();
            float height = landscape ? PDRectangle.A4.getWidth() : PDRectangle.A4.getHeight();
            assertThat(page.getMediaBox().getWidth()).isCloseTo(width, Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(height, Offset.offset(1f));
            assertThat(page.getRotation()).isZero();
        }
    }
}
