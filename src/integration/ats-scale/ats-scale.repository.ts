import type { EntityManager } from 'typeorm';
import type { ScaleMapping } from './ats-scale.js';

/*
 * The SQL of the tenant's ATS scale mappings (tenant_settings.ats_scale_mappings, the admin's
 * changes only). AtsScaleService holds the rules.
 */

/** The admin's changes to each ATS's mapping, by ATS. */
export type StoredMappings = Partial<Record<string, Partial<ScaleMapping>>>;

/** The stored mappings of the tenant, or none when no row was written. */
export async function readMappings(em: EntityManager): Promise<StoredMappings | undefined> {
  const [row] = await em.query(`SELECT ats_scale_mappings FROM tenant_settings`);
  return row?.ats_scale_mappings;
}

/**
 * Merges `own` (JSON: recommendations and ratings) into the mapping of `ats`, or replaces it
 * when `reset`; the stored mappings after the write.
 */
export async function saveMapping(
  em: EntityManager,
  tenantId: string,
  ats: string,
  own: string,
  reset: boolean,
): Promise<StoredMappings> {
  const [row] = await em.query(
    `INSERT INTO tenant_settings (tenant_id, ats_scale_mappings)
         VALUES ($1, jsonb_build_object($2::text, $3::jsonb))
         ON CONFLICT (tenant_id) DO UPDATE
            SET ats_scale_mappings = tenant_settings.ats_scale_mappings || jsonb_build_object(
                  $2::text,
                  CASE WHEN $4 THEN $3::jsonb ELSE jsonb_build_object(
                    'recommendations', coalesce(tenant_settings.ats_scale_mappings #> ARRAY[$2::text, 'recommendations'], '{}')
                                       || ($3::jsonb -> 'recommendations'),
                    'ratings', coalesce(tenant_settings.ats_scale_mappings #> ARRAY[$2::text, 'ratings'], '{}')
                               || ($3::jsonb -> 'ratings')) END),
                updated_at = now()
         RETURNING ats_scale_mappings`,
    [tenantId, ats, own, reset],
  );
  return row.ats_scale_mappings;
}
