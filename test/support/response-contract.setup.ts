import { takeViolations } from './response-contract';

/**
 * Every answer a test app sends is checked against its OpenAPI document
 * (test/support/app.ts); a test fails when an answer it caused is not what
 * the document says, and so does a suite for answers to its hooks.
 */
function failOnViolations(): void {
  const found = takeViolations();
  if (found.length > 0) throw new Error(`answers the OpenAPI document does not describe:\n${found.join('\n')}`);
}

afterEach(failOnViolations);
afterAll(failOnViolations);
