import { Module } from '@nestjs/common';
import { AtsScaleResolver } from './ats-scale.resolver.js';
import { AtsScaleService } from './ats-scale.service.js';

/** The tenant's mapping of our rating scale and recommendation to each ATS's values. */
@Module({
  providers: [AtsScaleService, AtsScaleResolver],
  exports: [AtsScaleService],
})
export class AtsScaleModule {}
