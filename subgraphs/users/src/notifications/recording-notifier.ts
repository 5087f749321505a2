import type { Notification, Notifier } from './notifier';

/** Keeps what was sent, newest last: for tests that read the code a user would receive. */
export class RecordingNotifier implements Notifier {
  readonly sent: Notification[] = [];

  async send(notification: Notification): Promise<void> {
    this.sent.push(notification);
  }

  /** The last message sent to `to`, or undefined. */
  lastTo(to: string): Notification | undefined {
    return this.sent.filter((notification) => notification.to === to).at(-1);
  }
}
