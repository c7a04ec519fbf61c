package org.mathlens.kit;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame with the JDK's own ImageIO GIF writer (no new
 * dependency): every frame shows for the same delay, and the NETSCAPE2.0 application extension
 * makes viewers loop it forever, as a demo on a class page should.
 */
public final class GifWriter implements Closeable {
    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int delayCentiseconds;
    private boolean first = true;
    private int frames;

    /** Frames at {@code fps} a second (GIF delays are whole hundredths, so 15 fps shows at 7/100 s). */
    public GifWriter(OutputStream out, int fps) throws IOException {
        writer = ImageIO.getImageWritersByFormatName("gif").next();
        stream = ImageIO.createImageOutputStream(out);
        writer.setOutput(stream);
        delayCentiseconds = Math.max(2, (int) Math.round(100.0 / fps));
        writer.prepareWriteSequence(null);
    }

    public void add(BufferedImage frame) throws IOException {
        // the GIF writer quantises a true-colour frame itself; RGB without alpha keeps it opaque
        BufferedImage rgb = frame.getType() == BufferedImage.TYPE_INT_RGB ? frame : opaque(frame);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), param);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = for ever
            apps.appendChild(loop);
            first = false;
        }
        meta.setFromTree(format, root);
        writer.writeToSequence(new IIOImage(rgb, null, meta), param);
        frames++;
    }

    public int frames() {
        return frames;
    }

    @Override
    public void close() throws IOException {
        try {
            if (!first) {
                writer.endWriteSequence();
            }
        } finally {
            stream.close();
            writer.dispose();
        }
    }

    private static BufferedImage opaque(BufferedImage frame) {
        BufferedImage rgb = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(frame, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
