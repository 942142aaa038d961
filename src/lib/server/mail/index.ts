export { sendMail, mailFrom, type MailMessage, type MailResult, type MailTransport } from './mailer';
export { passwordResetMail, mailLocale, type MailLocale } from './templates';
