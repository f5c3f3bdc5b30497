package jp.tsunagu.employment.internal.documents;

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

/** What the payroll documents' tests render with, as the application has it, and read back: bundles, templates, a PDF's text. */
final class PayrollDocumentTestSupport {
    private PayrollDocumentTestSupport() {
    }

    /** The bundles the application reads ({@code spring.messages.basename}: the platform's and this module's), in UTF-8. */
    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "messages/employment");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /**
     * The templates as the application resolves them ({@code classpath:templates/…html}, SpEL), with the dialects the
     * platform contributes as beans ({@code #ja}), found the way the application finds them.
     */
    static SpringTemplateEngine templates() {
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
            return context.getBeansOfType(IDialect.class).values();
        }
    }

    /** A page's text as a reader copies it. */
    static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** The text without any white space, to find a phrase wherever the layout broke its line. */
    static String squeezed(String text) {
        return text.replaceAll("\\s", "");
    }

    /** Every page is A4, upright ({@code landscape}: on its side). */
    static void allA4(PDDocument document, boolean landscape) {
        for (PDPage page : document.getPages()) {
            float width = landscape ? PDRectangle.A4.getHeight() : PDRectangle.A4.getWidth();
            float height = landscape ? PDRectangle.A4.getWidth() : PDRectangle.A4.getHeight();
            assertThat(page.getMediaBox().getWidth()).isCloseTo(width, Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(height, Offset.offset(1f));
            assertThat(page.getRotation()).isZero();
        }
    }
}
