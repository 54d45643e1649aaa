import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { JwtAuthGuard } from './jwt-auth.guard';
import { MeHttpController } from './me.http.controller';
import { TokenService } from './token.service';

@Module({
  controllers: [MeHttpController],
  providers: [
    TokenService,
    // Order matters: authentication first, then the access policy.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TokenService],
})
export class AuthModule {}
