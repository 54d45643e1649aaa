/** The outcome of the last verification that finished, whoever ran it (an auditor through the api, or `cli verify`). */
export interface LastVerification {
  verificationId: string;
  /** equal: views equal a replay and every hash chain holds; different: they do not; failed: it could not finish. */
  status: 'equal' | 'different' | 'failed';
  finishedAt: string;
}

/** Provided by the audit feature from a global module, so /health and /metrics can report it. */
export interface VerificationStatus {
  last(): Promise<LastVerification | null>;
}

export const VERIFICATION_STATUS = Symbol('VERIFICATION_STATUS');
