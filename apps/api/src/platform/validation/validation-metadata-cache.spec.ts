import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, IsInt, IsPositive, IsString, validateSync } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata-cache';

/** The properties that failed, each with the rules it broke. */
function failures(type: new () => object, plain: object): Record<string, string[]> {
  return Object.fromEntries(validateSync(plainToInstance(type, plain)).map((error) => [error.property, Object.keys(error.constraints ?? {}).sort()]));
}

describe('cacheValidationMetadata (the storage the api validates with)', () => {
  const storage = getMetadataStorage();
  cacheValidationMetadata();

  class Base {
    @IsInt()
    minutes!: number;
  }

  class Derived extends Base {
    @IsString()
    note!: string;
  }

  it('answers a question asked before from what it kept', () => {
    const first = storage.getTargetValidationMetadatas(Base, '', false, false);
    expect(first.map((rule) => rule.propertyName)).toEqual(['minutes']);
    expect(storage.getTargetValidationMetadatas(Base, '', false, false)).toBe(first);
    expect(storage.getTargetValidationMetadatas(Derived, '', false, false)).not.toBe(first);
  });

  it('finds inherited rules, and drops what it kept when a rule is added', () => {
    expect(failures(Derived, { minutes: 'x', note: 1 })).toEqual({ minutes: ['isInt'], note: ['isString'] });
    expect(failures(Base, { minutes: -5 })).toEqual({});
    // Added after both classes' rules were kept: it counts from now on, for the class and its subclass.
    IsPositive()(Base.prototype, 'minutes');
    expect(failures(Base, { minutes: -5 })).toEqual({ minutes: ['isPositive'] });
    expect(failures(Derived, { minutes: -5, note: 'ok' })).toEqual({ minutes: ['isPositive'] });
  });

  it('installs once however often it is called (an app per test suite)', () => {
    const lookUp = storage.getTargetValidationMetadatas;
    cacheValidationMetadata();
    expect(storage.getTargetValidationMetadatas).toBe(lookUp);
  });
});
