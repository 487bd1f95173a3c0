package org.providerdesk.server.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;

/** Sends mail through an SMTP server (host:port) with Jakarta Mail. */
public final class SmtpMailer implements Mailer {

    private static final String TIMEOUT_MILLIS = "10000";

    private final Session session;
    private final String from;

    public SmtpMailer(String host, int port, String from) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        this.session = Session.getInstance(properties);
        this.from = from;
    }

    /** Parses "host:port" as given to {@code --smtp}. */
    public static SmtpMailer forAddress(String hostAndPort, String from) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostAndPort.length() - 1) {
            throw new IllegalArgumentException("--smtp wants host:port, for example mail.example.org:25");
        }
        int port = Integer.parseInt(hostAndPort.substring(colon + 1));
        return new SmtpMailer(hostAndPort.substring(0, colon), port, from);
    }

    @Override
    public void send(String to, String subject, String body) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailFailedException("The mail server did not accept the message", e);
        }
    }
}
