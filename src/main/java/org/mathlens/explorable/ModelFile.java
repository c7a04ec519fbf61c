package org.mathlens.explorable;

/**
 * A trained model a pane can hand out (File → Export model…): the file name it suggests and the
 * text to write, such as a network's weights as JSON.
 */
public record ModelFile(String fileName, String text) {
}
