import type { Logger } from 'pino';
import { maskPhone } from '../read-side/phone';
import type { SmsMessage, SmsSender } from './sms-sender.port';

/**
 * The default SmsSender: no provider, so nothing is sent. It logs that a
 * message was queued, for whom (masked) and why, never the text, which
 * holds a code; it stores nothing.
 */
export class LogSmsSender implements SmsSender {
  constructor(private readonly logger: Logger) {}

  async send(message: SmsMessage): Promise<void> {
    this.logger.info({ to: maskPhone(message.phone), purpose: message.purpose, length: message.text.length }, 'sms queued (no SMS provider configured: not sent)');
  }
}
