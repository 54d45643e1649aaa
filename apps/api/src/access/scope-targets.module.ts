import { Global, Module } from '@nestjs/common';
import { SCOPE_TARGETS } from '../platform/auth/scope-targets.port';
import { ProjectionsModule } from '../projections/projections.module';
import { ScopeTargetLookup } from './scope-target-lookup';

/** Global so the platform's AccessGuard finds the scope lookups without depending on features. */
@Global()
@Module({
  imports: [ProjectionsModule],
  providers: [{ provide: SCOPE_TARGETS, useClass: ScopeTargetLookup }],
  exports: [SCOPE_TARGETS],
})
export class ScopeTargetsModule {}
