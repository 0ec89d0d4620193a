package org.haven.casework;

import org.haven.access.Accounts;
import org.haven.access.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Sends a notice by email too, when SMTP is configured ({@code spring.mail.host}) and the person gave
 * an address. Only after the transaction commits, so nothing is announced that did not happen. The
 * email names the case by reference, never the child; a failed email is logged, and the notice stays
 * in the app.
 */
@Component
class MailedNotices {

    private static final Logger log = LoggerFactory.getLogger(MailedNotices.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final Accounts accounts;
    private final Cases cases;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    MailedNotices(ObjectProvider<JavaMailSender> sender, Accounts accounts, Cases cases, MessageSource messages,
                  @Value("${haven.mail.from:haven@localhost}") String from,
                  @Value("${haven.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.accounts = accounts;
        this.cases = cases;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    void send(Collection<UUID> users, CaseId caseId, String messageCode, String argument) {
        var mailer = sender.getIfAvailable();
        if (mailer == null) {
            return;
        }
        String reference = caseId == null ? "" : cases.findById(caseId.value()).map(Case::reference).orElse("");
        String text = messages.getMessage(messageCode, new Object[]{argument, reference}, messageCode, Locale.ENGLISH)
                + "\n\n" + messages.getMessage("notice.mail.sign-in", new Object[]{baseUrl + "/notifications"},
                "Sign in to Haven to see it.", Locale.ENGLISH);
        List<SimpleMailMessage> mails = users.stream()
                .flatMap(user -> accounts.emailOf(new UserId(user)).stream())
                .map(address -> {
                    var mail = new SimpleMailMessage();
                    mail.setFrom(from);
                    mail.setTo(address);
                    mail.setSubject(messages.getMessage("notice.mail.subject", new Object[]{reference}, "Haven", Locale.ENGLISH));
                    mail.setText(text);
                    return mail;
                }).toList();
        if (mails.isEmpty()) {
            return;
        }
        Runnable deliver = () -> {
            try {
                mailer.send(mails.toArray(SimpleMailMessage[]::new));
            } catch (MailException unreachable) {
                log.warn("Could not email {} notice(s) ({}); they remain in the app", mails.size(), unreachable.getMessage());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver.run();
                }
            });
        } else {
            deliver.run();
        }
    }
}
