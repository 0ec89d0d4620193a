package org.haven.platform;

/** A request that the domain refuses; {@link #messageCode()} names the reason in the message bundles. */
public class DomainRuleViolation extends RuntimeException {

    private final String messageCode;
    private final transient Object[] arguments;

    public DomainRuleViolation(String messageCode, Object... arguments) {
        super(messageCode);
        this.messageCode = messageCode;
        this.arguments = arguments;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
