import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

interface Rule {
  propertyName: string;
  name?: string;
  constraints?: unknown[];
  each?: boolean;
}

/** class-validator keeps its rules per class in this map; it offers no public way to list the classes. */
interface RuleStorage {
  validationMetadatas?: Map<new (...args: never[]) => unknown, Rule[]>;
}

/**
 * Writes into each body schema what its class's validation takes: integers
 * (isInt), booleans, date-times, enums (isIn), bounds (min, max), lengths and
 * array sizes. The document then says what the server accepts, by construction,
 * whatever the @ApiProperty beside a field remembered to say.
 */
export function addValidationConstraints(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  const byName = new Map<string, Rule[] | null>();
  for (const [target, rules] of (getMetadataStorage() as unknown as RuleStorage).validationMetadatas ?? []) {
    // Two classes of one name (a class built by a function, say) cannot be told apart in the document: neither is used.
    byName.set(target.name, byName.has(target.name) ? null : rules);
  }
  for (const [name, schema] of Object.entries(schemas)) {
    const rules = byName.get(name);
    if (!rules || '$ref' in schema || !schema.properties) continue;
    for (const rule of rules) {
      const property = schema.properties[rule.propertyName];
      if (!property || '$ref' in property) continue;
      apply(property, rule);
    }
  }
  return document;
}

function apply(property: SchemaObject, rule: Rule): void {
  const [first, second] = rule.constraints ?? [];
  if (rule.name === 'arrayMinSize' && typeof first === 'number') property.minItems = first;
  if (rule.name === 'arrayMaxSize' && typeof first === 'number') property.maxItems = first;
  const field = rule.each ? itemsOf(property) : property;
  if (!field) return;
  switch (rule.name) {
    case 'isInt':
      field.type = 'integer';
      break;
    case 'isIso8601':
      field.format = 'date-time';
      break;
    case 'isBoolean':
      field.type = 'boolean';
      break;
    case 'isIn':
      if (Array.isArray(first) && first.every((value) => typeof value === 'string' || typeof value === 'number')) field.enum = [...first];
      break;
    case 'min':
      if (typeof first === 'number') field.minimum = first;
      break;
    case 'max':
      if (typeof first === 'number') field.maximum = first;
      break;
    case 'isLength':
      if (typeof first === 'number' && first > 0) field.minLength = first;
      if (typeof second === 'number') field.maxLength = second;
      break;
    case 'minLength':
      if (typeof first === 'number') field.minLength = first;
      break;
    case 'maxLength':
      if (typeof first === 'number') field.maxLength = first;
      break;
  }
}

function itemsOf(property: SchemaObject): SchemaObject | undefined {
  if (property.type !== 'array' || !property.items || '$ref' in property.items) return undefined;
  return property.items;
}
