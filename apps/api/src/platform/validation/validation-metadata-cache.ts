import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];

const INSTALLED = Symbol.for('shiji.validationMetadataCache');

/**
 * class-validator works out a class's rules anew for every object it
 * validates: it filters the class's own rules and tests `instanceof` against
 * every class in the process that has rules (a few hundred DTOs here), about
 * a twentieth of the api's CPU on a recorded service. The answer changes only
 * when a decorator adds a rule, which happens as modules load. So it is kept
 * per class and question, and everything kept is dropped whenever a rule or
 * a schema is added. Installing twice (several apps in one process) keeps
 * one cache.
 */
export function cacheValidationMetadata(storage: Storage = getMetadataStorage()): void {
  const marked = storage as Storage & { [INSTALLED]?: true };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;

  let kept = new WeakMap<object, Map<string, ReturnType<Lookup>>>();
  const lookUp: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const addRule = storage.addValidationMetadata.bind(storage);

  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    let byQuestion = kept.get(target);
    if (!byQuestion) {
      byQuestion = new Map();
      kept.set(target, byQuestion);
    }
    const question = `${schema}\u0000${always}\u0000${strictGroups}\u0000${(groups ?? []).join('\u0001')}`;
    let rules = byQuestion.get(question);
    if (!rules) {
      rules = lookUp(target, schema, always, strictGroups, groups);
      byQuestion.set(question, rules);
    }
    return rules;
  };
  // addValidationSchema adds its rules through addValidationMetadata, so this covers both.
  storage.addValidationMetadata = (metadata) => {
    kept = new WeakMap();
    addRule(metadata);
  };
}
