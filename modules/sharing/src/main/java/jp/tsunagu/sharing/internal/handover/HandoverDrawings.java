package jp.tsunagu.sharing.internal.handover;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import jp.tsunagu.sharing.internal.handover.EcomapLayout.Connector;
import jp.tsunagu.sharing.internal.handover.EcomapLayout.Node;
import jp.tsunagu.sharing.internal.handover.GenogramLayout.Rect;
import jp.tsunagu.sharing.internal.handover.GenogramLayout.Symbol;

/**
 * The handover's (共通フォーマット) genogram and ecomap as PNG pictures, for an HTML page and its A4 PDF as
 * {@code data:} URIs. Drawn with Java2D at twice the size they are shown, black on white, text anti-aliased in the
 * Japanese font the application ships ({@code fonts/ipaexg.ttf}, IPAex Gothic), with a legend in Japanese at the
 * bottom. Genogram: male a square, female a circle, unknown a diamond, the person (本人) a double outline, deceased
 * an X, the age inside, the relation and name under, KP beside the key person, the household in a dashed enclosure.
 * Ecomap: a strong tie a thick line, normal a solid line, weak a dashed line, stressful a zigzag.
 */
public final class HandoverDrawings {
    private static final float LINE = 3f;
    private static final Stroke SOLID = new BasicStroke(LINE), THIN = new BasicStroke(2f),
            THICK = new BasicStroke(3 * LINE),
            DASHED = new BasicStroke(LINE, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {14f, 10f}, 0f),
            ENCLOSURE = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {10f, 8f}, 0f);

    private HandoverDrawings() {}

    /** The genogram of the person (本人) and their family. */
    public static byte[] genogramPng(Sex personSex, Integer personAge, List<FamilyMember> family) {
        GenogramLayout layout = GenogramLayout.of(personSex, personAge, family);
        return png(layout.width(), layout.height(), g -> {
            layout.lines().forEach(l -> g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2())));
            if (!layout.household().isEmpty()) {
                g.setStroke(ENCLOSURE);
                g.draw(rounded(layout.household(), 24));
                g.setStroke(SOLID);
            }
            layout.symbols().forEach(s -> symbol(g, s));
            legend(g, layout.height() - GenogramLayout.LEGEND, List.of(
                    new LegendItem(shape(Sex.MALE, 14, 0, 14), THIN, "男性"),
                    new LegendItem(shape(Sex.FEMALE, 14, 0, 14), THIN, "女性"),
                    new LegendItem(shape(Sex.UNKNOWN, 14, 0, 14), THIN, "不明"),
                    new LegendItem(group(shape(Sex.MALE, 14, 0, 14), shape(Sex.MALE, 14, 0, 9)), THIN, "本人"),
                    new LegendItem(group(shape(Sex.MALE, 14, 0, 14), cross(14, 0, 14)), THIN, "死亡"),
                    new LegendItem(new RoundRectangle2D.Double(0, -14, 40, 28, 12, 12), ENCLOSURE, "同居"),
                    new LegendItem(null, THIN, "KP キーパーソン")));
        });
    }

    /** The ecomap: {@code personLabel} (e.g. 本人) in the centre, the resources around with their ties. */
    public static byte[] ecomapPng(String personLabel, List<SocialResource> resources) {
        EcomapLayout layout = EcomapLayout.of(resources);
        return png(layout.width(), layout.height(), g -> {
            for (Node node : layout.nodes()) {
                Connector c = node.connector();
                g.setStroke(tieStroke(c.tie()));
                g.draw(tiePath(c.tie(), c.x1(), c.y1(), c.x2(), c.y2()));
            }
            g.setStroke(SOLID);
            double r = layout.personRadius();
            g.draw(group(circle(layout.cx(), layout.cy(), r), circle(layout.cx(), layout.cy(), r - 7)));
            lines(g, font(26), wrap(personLabel == null ? "本人" : personLabel, g.getFontMetrics(font(26)), 1.8 * r, 2), 30,
                    layout.cx(), layout.cy(), 1.8 * r);
            for (Node node : layout.nodes()) {
                double rr = layout.resourceRadius(), width = 1.7 * rr;
                g.draw(circle(node.x(), node.y(), rr));
                List<String> name = wrap(node.resource().name(), g.getFontMetrics(font(22)), width, rr >= 85 ? 3 : 2);
                String kind = node.resource().kind();
                double kindHeight = kind == null || kind.isBlank() ? 0 : 24;
                double top = node.y() - (name.size() * 26 + kindHeight) / 2;
                lines(g, font(22), name, 26, node.x(), top + name.size() * 13, width);
                if (kindHeight > 0) text(g, font(18), "(" + kind.strip() + ")", node.x(), top + name.size() * 26 + 20, width);
            }
            List<LegendItem> items = new ArrayList<>(List.of(
                    new LegendItem(group(circle(14, 0, 14), circle(14, 0, 9)), THIN, "本人")));
            for (Tie tie : Tie.values()) {
                items.add(new LegendItem(tiePath(tie, 0, 0, 60, 0), tieStroke(tie), tie.label()));
            }
            legend(g, layout.height() - EcomapLayout.LEGEND, items);
        });
    }

    /** The picture as a {@code data:} URI for an {@code <img src>}. */
    public static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /** The Japanese font at {@code size} pixels. */
    static Font font(float size) {
        return JapaneseFont.FONT.deriveFont(size);
    }

    /** Loaded once, on first use. */
    private static final class JapaneseFont {
        static final Font FONT = load();

        private static Font load() {
            try (InputStream in = HandoverDrawings.class.getResourceAsStream("/fonts/ipaexg.ttf")) {
                if (in == null) {
                    throw new IllegalStateException("the Japanese font fonts/ipaexg.ttf is missing from the class path");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("fonts/ipaexg.ttf cannot be read", e);
            }
        }
    }

    private static byte[] png(int width, int height, Consumer<Graphics2D> painter) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setStroke(SOLID);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageIO.write(image, "png", stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void symbol(Graphics2D g, Symbol s) {
        int half = GenogramLayout.HALF, x = s.x(), y = s.y();
        g.draw(shape(s.sex(), x, y, half));
        if (s.person()) g.draw(shape(s.sex(), x, y, half - 7));
        if (s.age() != null) {
            FontMetrics metrics = g.getFontMetrics(font(26));
            text(g, font(26), String.valueOf(s.age()), x, y + (metrics.getAscent() - metrics.getDescent()) / 2.0, 2 * half);
        }
        if (s.deceased()) g.draw(cross(x, y, half));
        if (s.keyPerson()) text(g, font(22), "KP", x + half + 20, y - half + 14, 40);
        List<String> label = wrap(s.label(), g.getFontMetrics(font(24)), GenogramLayout.LABEL_WIDTH, 2);
        lines(g, font(24), label, 28, x, y + half + 8 + label.size() * 14, GenogramLayout.LABEL_WIDTH);
        String note = s.member() == null ? null : s.member().note();
        if (note != null && !note.isBlank()) {
            text(g, font(20), note.strip(), x, y + half + 32 + label.size() * 28, GenogramLayout.LABEL_WIDTH);
        }
    }

    private static Shape shape(Sex sex, double x, double y, double half) {
        return switch (sex) {
            case MALE -> new Rectangle2D.Double(x - half, y - half, 2 * half, 2 * half);
            case FEMALE -> circle(x, y, half);
            case UNKNOWN -> {
                Path2D diamond = new Path2D.Double();
                diamond.moveTo(x, y - half);
                diamond.lineTo(x + half, y);
                diamond.lineTo(x, y + half);
                diamond.lineTo(x - half, y);
                diamond.closePath();
                yield diamond;
            }
        };
    }

    private static Shape circle(double x, double y, double radius) {
        return new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
    }

    private static Shape cross(double x, double y, double half) {
        return group(new Line2D.Double(x - half, y - half, x + half, y + half),
                new Line2D.Double(x + half, y - half, x - half, y + half));
    }

    private static Shape group(Shape... shapes) {
        Path2D path = new Path2D.Double();
        for (Shape shape : shapes) path.append(shape, false);
        return path;
    }

    /** A tie: thick (strong), solid (normal), dashed (weak) or zigzag (stressful). */
    private static Stroke tieStroke(Tie tie) {
        return switch (tie) {
            case STRONG -> THICK;
            case WEAK -> DASHED;
            case NORMAL, STRESSFUL -> SOLID;
        };
    }

    private static Shape tiePath(Tie tie, double x1, double y1, double x2, double y2) {
        return tie == Tie.STRESSFUL ? zigzag(x1, y1, x2, y2) : new Line2D.Double(x1, y1, x2, y2);
    }

    private static Shape zigzag(double x1, double y1, double x2, double y2) {
        double dx = x2 - x1, dy = y2 - y1, length = Math.hypot(dx, dy);
        int steps = Math.max(2, (int) Math.round(length / 14));
        double nx = -dy / length * 9, ny = dx / length * 9;
        Path2D path = new Path2D.Double();
        path.moveTo(x1, y1);
        for (int i = 1; i < steps; i++) {
            int side = i % 2 == 0 ? -1 : 1;
            path.lineTo(x1 + dx * i / steps + side * nx, y1 + dy * i / steps + side * ny);
        }
        path.lineTo(x2, y2);
        return path;
    }

    /** The union of the rectangles, outlined with rounded corners. */
    private static Shape rounded(List<Rect> pieces, double radius) {
        Area area = new Area();
        pieces.forEach(r -> area.add(new Area(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()))));
        Path2D outline = new Path2D.Double();
        List<Point2D> ring = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = area.getPathIterator(null); !it.isDone(); it.next()) {
            if (it.currentSegment(c) != PathIterator.SEG_CLOSE) {
                Point2D p = new Point2D.Double(c[0], c[1]);
                if (ring.isEmpty() || !ring.getLast().equals(p)) ring.add(p);
                continue;
            }
            if (ring.size() > 1 && ring.getFirst().equals(ring.getLast())) ring.removeLast();
            for (int i = 0, n = ring.size(); i < n; i++) {
                Point2D previous = ring.get((i + n - 1) % n), corner = ring.get(i), next = ring.get((i + 1) % n);
                double r = Math.min(radius, Math.min(previous.distance(corner), next.distance(corner)) / 2);
                Point2D from = toward(corner, previous, r), to = toward(corner, next, r);
                if (i == 0) outline.moveTo(from.getX(), from.getY());
                else outline.lineTo(from.getX(), from.getY());
                outline.quadTo(corner.getX(), corner.getY(), to.getX(), to.getY());
            }
            outline.closePath();
            ring.clear();
        }
        return outline;
    }

    private static Point2D toward(Point2D from, Point2D to, double distance) {
        double length = from.distance(to), t = length == 0 ? 0 : distance / length;
        return new Point2D.Double(from.getX() + (to.getX() - from.getX()) * t, from.getY() + (to.getY() - from.getY()) * t);
    }

    /** One line of text centred on x, cut with … to fit {@code maxWidth}. */
    private static void text(Graphics2D g, Font font, String text, double x, double baseline, double maxWidth) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        String fitted = fit(text, metrics, maxWidth);
        g.drawString(fitted, (float) (x - metrics.stringWidth(fitted) / 2.0), (float) baseline);
    }

    /** Lines of text centred on (x, y), {@code height} apart. */
    private static void lines(Graphics2D g, Font font, List<String> lines, double height, double x, double y, double maxWidth) {
        FontMetrics metrics = g.getFontMetrics(font);
        double baseline = y - lines.size() * height / 2 + (height + metrics.getAscent() - metrics.getDescent()) / 2;
        for (String line : lines) {
            text(g, font, line, x, baseline, maxWidth);
            baseline += height;
        }
    }

    static String fit(String text, FontMetrics metrics, double maxWidth) {
        if (metrics.stringWidth(text) <= maxWidth) return text;
        int end = text.length();
        while (end > 0 && metrics.stringWidth(text.substring(0, end) + "…") > maxWidth) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + "…";
    }

    private static final String NOT_AT_LINE_START = "、。，．）」』】〕)]・ー…ぁぃぅぇぉっゃゅょァィゥェォッャュョ";

    /** The text in at most {@code maxLines} lines of {@code maxWidth}, broken at the first space if it fits, the last cut. */
    static List<String> wrap(String text, FontMetrics metrics, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (lines.size() < maxLines - 1 && metrics.stringWidth(rest) > maxWidth) {
            int end = rest.length();
            while (end > 1 && metrics.stringWidth(rest.substring(0, end)) > maxWidth) {
                end = rest.offsetByCodePoints(end, -1);
            }
            int space = firstSpace(rest);
            if (space > 0 && space <= end) {
                end = space;
            } else {
                while (end > 1 && NOT_AT_LINE_START.indexOf(rest.charAt(end)) >= 0) end--; // 禁則: keep ） 、 ー up
            }
            lines.add(rest.substring(0, end));
            rest = rest.substring(end).strip();
        }
        if (!rest.isEmpty()) lines.add(fit(rest, metrics, maxWidth));
        return lines;
    }

    private static int firstSpace(String text) {
        int ascii = text.indexOf(' '), wide = text.indexOf('　');
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }

    /** A legend entry: an icon drawn with its stroke from its left middle at (0, 0), if any, then its text. */
    private record LegendItem(Shape icon, Stroke stroke, String text) {}

    private static void legend(Graphics2D g, int top, List<LegendItem> items) {
        g.setFont(font(22));
        FontMetrics metrics = g.getFontMetrics();
        double x = 40, middle = top + 40;
        g.drawString("凡例", (float) x, (float) middle + 8);
        x += metrics.stringWidth("凡例") + 24;
        for (LegendItem item : items) {
            if (item.icon() != null) {
                g.setStroke(item.stroke());
                g.translate(x, middle);
                g.draw(item.icon());
                g.translate(-x, -middle);
                x += item.icon().getBounds2D().getMaxX() + 8;
            }
            g.drawString(item.text(), (float) x, (float) middle + 8);
            x += metrics.stringWidth(item.text()) + 28;
        }
    }
}
