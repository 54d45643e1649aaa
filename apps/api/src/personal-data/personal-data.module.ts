import { Global, Module } from '@nestjs/common';
import { PersonalDataVault } from './personal-data-vault';

/** The vault of per-volunteer keys, for the features that register, show or erase personal data. */
@Global()
@Module({ providers: [PersonalDataVault], exports: [PersonalDataVault] })
export class PersonalDataModule {}
