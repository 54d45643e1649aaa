import { type DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import { FeaturesModule } from './features/features.module';
import { IdentityModule } from './identity/identity.module';
import { PlatformModule, type PlatformOptions } from './platform/platform.module';

export interface AppModuleOptions extends PlatformOptions {
  /** More modules to mount, e.g. a test's probe routes. */
  imports?: ModuleMetadata['imports'];
}

/** The api: the platform, every feature module, and identity (accounts, sign-in, sessions). */
@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { imports = [], ...platform } = options;
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(platform), FeaturesModule, IdentityModule, ...imports],
    };
  }
}
