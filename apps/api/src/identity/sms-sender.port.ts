/** A text message to one phone. `text` may hold a code: an adapter sends it and never writes it anywhere else. */
export interface SmsMessage {
  phone: string;
  text: string;
  /** What the message is for, safe to log. */
  purpose: 'invitation' | 'activation' | 'password-reset' | 'notification';
}

/** Where codes go by SMS. The default adapter only logs; a provider's adapter plugs in here. */
export interface SmsSender {
  send(message: SmsMessage): Promise<void>;
}

export const SMS_SENDER = Symbol('SMS_SENDER');
