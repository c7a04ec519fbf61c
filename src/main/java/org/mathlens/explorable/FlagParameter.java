package org.mathlens.explorable;

/** A switch: show or hide a part of the picture, turn a mode on. */
public final class FlagParameter extends Parameter<Boolean> {
    public FlagParameter(String name, String description, boolean initial) {
        super(name, description, initial);
    }

    public boolean on() {
        return get();
    }

    @Override
    protected Boolean parseValue(String text) {
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true": case "on": case "yes": case "1":
                return true;
            case "false": case "off": case "no": case "0":
                return false;
            default:
                throw new ParameterException(name() + " must be true or false");
        }
    }

    @Override
    public String format(Boolean value) {
        return value.toString();
    }
}
