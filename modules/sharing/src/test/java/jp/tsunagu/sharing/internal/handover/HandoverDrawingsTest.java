package jp.tsunagu.sharing.internal.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import jp.tsunagu.sharing.internal.handover.EcomapLayout.Connector;
import jp.tsunagu.sharing.internal.handover.GenogramLayout.Symbol;
import org.junit.jupiter.api.Test;

class HandoverDrawingsTest {

    @Test
    void theGenogramIsAPngOfItsLayoutWithTheDeceasedFatherCrossedOut() throws IOException {
        GenogramLayout layout = GenogramLayout.of(Sex.FEMALE, 34, Families.FAMILY);
        BufferedImage image = decode(HandoverDrawings.genogramPng(Sex.FEMALE, 34, Families.FAMILY));

        assertThat(image.getWidth()).isEqualTo(layout.width());
        assertThat(image.getHeight()).isEqualTo(layout.height());
        assertThat(dark(image, 0, 0)).as("the background").isFalse();
        Symbol father = symbol(layout, Families.FATHER), mother = symbol(layout, Families.MOTHER);
        assertThat(dark(image, father.x(), father.y())).as("the centre of the father's X").isTrue();
        int quarter = GenogramLayout.HALF / 2;
        assertThat(dark(image, father.x() + quarter, father.y() - quarter)).as("on the father's X").isTrue();
        assertThat(dark(image, mother.x() + quarter, mother.y() - quarter)).as("no X on the living mother").isFalse();
        assertThat(dark(image, mother.x() - GenogramLayout.HALF, mother.y())).as("the mother's circle").isTrue();
    }

    @Test
    void thePersonHasADoubleOutline() throws IOException {
        GenogramLayout layout = GenogramLayout.of(Sex.MALE, null, List.of());
        BufferedImage image = decode(HandoverDrawings.genogramPng(Sex.MALE, null, List.of()));
        Symbol person = layout.person();
        int left = person.x() - GenogramLayout.HALF;

        assertThat(dark(image, left, person.y())).isTrue();
        assertThat(dark(image, left + 3, person.y())).as("between the outlines").isFalse();
        assertThat(dark(image, left + 7, person.y())).isTrue();
        assertThat(dark(image, person.x(), person.y())).as("no age, nothing inside").isFalse();
    }

    @Test
    void theEcomapIsAPngOfItsLayoutWithAThickStrongTieAndADashedWeakOne() throws IOException {
        EcomapLayout layout = EcomapLayout.of(Families.RESOURCES);
        BufferedImage image = decode(HandoverDrawings.ecomapPng("本人", Families.RESOURCES));

        assertThat(image.getWidth()).isEqualTo(layout.width());
        assertThat(image.getHeight()).isEqualTo(layout.height());
        assertThat(dark(image, 0, 0)).isFalse();
        Connector strong = layout.nodes().get(0).connector(); // straight up from the person
        double mx = (strong.x1() + strong.x2()) / 2, my = (strong.y1() + strong.y2()) / 2;
        assertThat(dark(image, (int) mx, (int) my)).isTrue();
        assertThat(dark(image, (int) mx - 3, (int) my)).as("3 px off the middle of a 9 px line").isTrue();
        assertThat(darkShare(image, layout.nodes().get(1).connector())).as("normal: solid").isGreaterThan(0.95);
        assertThat(darkShare(image, layout.nodes().get(2).connector())).as("weak: dashed").isBetween(0.3, 0.8);
    }

    @Test
    void japaneseTextIsDrawnWithAFontThatCanDisplayIt() {
        Font font = HandoverDrawings.font(24);

        assertThat(font.canDisplayUpTo("父母本人きょうだい配偶者ストレス・対立…")).isEqualTo(-1);
        assertThat(font.getFamily(java.util.Locale.ENGLISH)).isEqualTo("IPAexGothic");
    }

    @Test
    void aDataUriCarriesThePng() {
        byte[] png = HandoverDrawings.ecomapPng("本人", List.of());

        String uri = HandoverDrawings.dataUri(png);
        assertThat(uri).startsWith("data:image/png;base64,");
        assertThat(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))).isEqualTo(png);
    }

    /** Writes samples to look at ({@code target/handover-samples}, or {@code -Dhandover.samples=/tmp}); each must decode. */
    @Test
    void writeSamples() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("handover.samples", "target/handover-samples")));
        Files.write(dir.resolve("handover-genogram.png"), HandoverDrawings.genogramPng(Sex.FEMALE, 34, Families.FAMILY));
        Files.write(dir.resolve("handover-ecomap.png"), HandoverDrawings.ecomapPng("本人（34歳）", Families.RESOURCES));
        Files.write(dir.resolve("handover-genogram-large.png"), HandoverDrawings.genogramPng(Sex.UNKNOWN, 40, List.of(
                new FamilyMember(Relation.GRANDFATHER, Sex.MALE, null, null, true, false, false, null),
                new FamilyMember(Relation.GRANDMOTHER, Sex.FEMALE, null, 88, false, true, false, "要介護2"),
                new FamilyMember(Relation.GRANDFATHER, Sex.MALE, null, 90, false, false, false, null),
                new FamilyMember(Relation.GRANDMOTHER, Sex.FEMALE, null, null, true, false, false, null),
                new FamilyMember(Relation.FATHER, Sex.MALE, "父", 68, false, true, true, null),
                new FamilyMember(Relation.MOTHER, Sex.FEMALE, null, 66, false, true, false, null),
                new FamilyMember(Relation.SIBLING, Sex.FEMALE, "姉 とても長い名前の人です", 45, false, false, false, null),
                new FamilyMember(Relation.SIBLING, Sex.MALE, null, 36, false, false, false, null),
                new FamilyMember(Relation.SIBLING, Sex.UNKNOWN, null, 30, false, true, false, null),
                new FamilyMember(Relation.SPOUSE, Sex.FEMALE, null, 39, false, true, false, null),
                new FamilyMember(Relation.CHILD, Sex.MALE, null, 10, false, true, false, null),
                new FamilyMember(Relation.CHILD, Sex.FEMALE, null, 7, false, false, false, "施設入所"),
                new FamilyMember(Relation.OTHER, Sex.MALE, "叔父", 70, false, false, false, null))));
        Files.write(dir.resolve("handover-ecomap-large.png"), HandoverDrawings.ecomapPng("本人", java.util.stream.IntStream
                .range(0, 14).mapToObj(i -> new SocialResource("資源その" + i + " とても長い名前の事業所です", "福祉",
                        Tie.values()[i % 4], null)).toList()));
        for (String name : List.of("handover-genogram.png", "handover-ecomap.png", "handover-genogram-large.png", "handover-ecomap-large.png")) {
            decode(Files.readAllBytes(dir.resolve(name)));
        }
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        return image;
    }

    private static boolean dark(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 128;
    }

    /** The share of dark pixels along the middle 80 % of a connector. */
    private static double darkShare(BufferedImage image, Connector c) {
        int samples = 200, darkOnes = 0;
        for (int i = 0; i < samples; i++) {
            double t = 0.1 + 0.8 * i / samples;
            darkOnes += dark(image, (int) Math.round(c.x1() + t * (c.x2() - c.x1())),
                    (int) Math.round(c.y1() + t * (c.y2() - c.y1()))) ? 1 : 0;
        }
        return (double) darkOnes / samples;
    }

    private static Symbol symbol(GenogramLayout layout, FamilyMember member) {
        return layout.symbols().stream().filter(s -> s.member() == member).findFirst().orElseThrow();
    }
}
