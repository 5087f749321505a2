import type { Logger } from '@dabba/subgraph-kit';
import type { Locale } from '../domain/user';

/** Where a message goes: an email address, or an E.164 phone number for SMS. */
export type NotificationChannel = 'EMAIL' | 'SMS';

/** What we tell a person; the provider renders `template` in their language with `params`. */
export interface Notification {
  channel: NotificationChannel;
  to: string;
  template:
    'email_verification' | 'phone_verification' | 'password_reset' | 'organization_invitation';
  locale: Locale;
  params: Readonly<Record<string, string>>;
}

/**
 * The notification port: an email/SMS provider in production. Sending may fail; callers decide
 * whether that fails the use case.
 */
export interface Notifier {
  send(notification: Notification): Promise<void>;
}

/**
 * The development adapter: writes each message to the log, codes included, so a developer can
 * complete a verification or a password reset locally. Never for production: the log would hold
 * secrets.
 */
export function createLogNotifier(logger: Logger): Notifier {
  return {
    async send(notification) {
      logger.info({ notification }, `notification ${notification.template} to ${notification.to}`);
    },
  };
}
