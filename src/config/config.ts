import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MinLength,
  Min,
  validateSync,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;
const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

export type TenantCreationPolicy = 'open' | 'token' | 'disabled';

/**
 * Every setting the service reads. Documented in the README's configuration table; validated
 * once at start so that a bad value stops the process with the variable's name.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsString()
  HOST = '127.0.0.1';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'must be a lowercase PostgreSQL role name' })
  DATABASE_APP_ROLE = 'interview_kit_app';

  @IsString()
  @MinLength(8)
  DATABASE_APP_PASSWORD = 'interview_kit_app_dev';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @IsString()
  EMBEDDED_PG_DIR = '.data/postgres';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @Transform(toBool)
  @IsBoolean()
  MIGRATIONS_RUN = true;

  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET = 'development-only-secret-change-me-0123456789';

  @IsString()
  JWT_ISSUER = 'interview-kit';

  @IsString()
  JWT_AUDIENCE = 'interview-kit-api';

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(3600)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

  @IsIn(['open', 'token', 'disabled'])
  TENANT_CREATION: TenantCreationPolicy = 'open';

  @IsOptional()
  @IsString()
  @MinLength(24)
  TENANT_CREATION_TOKEN?: string;

  @Transform(toBool)
  @IsBoolean()
  DEMO_SEED = true;

  @IsString()
  @MinLength(10)
  DEMO_PASSWORD = 'interview-kit-demo';

  /** Comma-separated built-in packs imported into every new tenant; empty for none. */
  @Matches(/^[a-z0-9-]*(,[a-z0-9-]+)*$/, { message: 'must be pack names separated by commas' })
  DEFAULT_PACKS = 'backend-engineering';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  SIGNIN_MAX_FAILURES = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_DEPTH = 12;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_ALIASES = 15;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  GRAPHQL_MAX_TOKENS = 5000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  GRAPHQL_MAX_COST = 20000;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Run the webhook delivery worker in this process (the outbox is written either way). */
  @Transform(toBool)
  @IsBoolean()
  WEBHOOK_WORKER = true;

  /**
   * Let webhook endpoints be loopback or private addresses. Defaults to false in production
   * (no SSRF into the internal network), true elsewhere (local receivers in development).
   */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE_URLS?: boolean;

  /** How long one webhook POST may take before it counts as a failed attempt. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** Retry n waits a random time in [0, min(base * 2^(n-1), cap)] (exponential, full jitter). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_BASE_MS = 60_000;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_CAP_MS = 8 * 3600_000;

  /** Attempts before a delivery is DEAD (15 with the defaults: about a day on average). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30)
  WEBHOOK_MAX_ATTEMPTS = 15;

  /** AES-256 key for the endpoints' signing secrets, 64 hex digits; default: derived from JWT_SECRET. */
  @IsOptional()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'must be 64 hexadecimal digits (32 bytes)' })
  WEBHOOK_SECRET_KEY?: string;

  /**
   * Where e-mail goes: `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`.
   * Unset: every message is written to the log instead (and, in development, kept for the
   * /dev/mail inbox).
   */
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The From of every message. */
  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Interview Kit <no-reply@interview-kit.invalid>';

  /** The web app's address as people reach it: the base of every link in a message. */
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, {
    message: 'must be an http:// or https:// URL without query or fragment',
  })
  PUBLIC_URL = 'http://localhost:3000';

  /** Run the mail worker in this process (the outbox is written either way). */
  @Transform(toBool)
  @IsBoolean()
  MAIL_WORKER = true;

  /** Longest wait for the SMTP server at each step (connect, greeting, every reply). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120_000)
  MAIL_TIMEOUT_MS = 15_000;

  /** Retry n of a failed send waits a random time in [0, min(base * 2^(n-1), cap)]. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  MAIL_RETRY_BASE_MS = 60_000;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  MAIL_RETRY_CAP_MS = 3600_000;

  /** Tries before a message is DEAD (20 with the defaults: more than half a day of outage). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_MAX_ATTEMPTS = 20;

  /**
   * How often this process runs the feedback sweep (reminders, scorecard.overdue); 0: never.
   * Any number of replicas may run it: a tenant is swept by one at a time, and each reminder
   * round and overdue event is written once.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600_000)
  FEEDBACK_SWEEP_MS = 60_000;

  /** Longest time to receive a whole request, headers and body (Node answers 408, then closes). */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  HTTP_REQUEST_TIMEOUT_MS = 30_000;

  /** Longest time to receive a request's headers (slow-header clients); capped by the above. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  HTTP_HEADERS_TIMEOUT_MS = 10_000;

  /**
   * How long an idle keep-alive connection stays open. Longer than a load balancer's own idle
   * timeout (60 s on most), so the balancer, not the service, closes idle connections.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  HTTP_KEEP_ALIVE_TIMEOUT_MS = 72_000;

  /** PostgreSQL statement_timeout for the service's connections (0: none). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DATABASE_STATEMENT_TIMEOUT_MS = 15_000;

  /** PostgreSQL lock_timeout for the service's connections (0: none). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DATABASE_LOCK_TIMEOUT_MS = 5_000;

  /** Longest wait for a pooled connection (or a new one) before answering UNAVAILABLE. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  DATABASE_CONNECT_TIMEOUT_MS = 5_000;

  /** Requests served at once; default (0) twice DATABASE_POOL_SIZE. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  MAX_ACTIVE_REQUESTS = 0;

  /** Requests that may wait for a free slot; beyond, 503 UNAVAILABLE at once (0: no waiting). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  MAX_QUEUED_REQUESTS = 64;

  /** Longest wait for a slot before 503 UNAVAILABLE. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60_000)
  QUEUE_TIMEOUT_MS = 2_000;

  /** On SIGTERM/SIGINT: longest wait for in-flight requests before their connections are cut. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS = 15_000;

  get maxActiveRequests(): number {
    return this.MAX_ACTIVE_REQUESTS || 2 * this.DATABASE_POOL_SIZE;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get allowPrivateWebhookUrls(): boolean {
    return this.WEBHOOK_ALLOW_PRIVATE_URLS ?? !this.isProduction;
  }
}

export class ConfigError extends Error {}

const DEV_SECRET = new AppConfig().JWT_SECRET;

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, string> = {};
  for (const key of [
    ...known,
    'DATABASE_URL',
    'TENANT_CREATION_TOKEN',
    'WEBHOOK_SECRET_KEY',
    'WEBHOOK_ALLOW_PRIVATE_URLS',
    'SMTP_URL',
  ]) {
    const value = env[key];
    // An empty DEFAULT_PACKS means "no packs"; elsewhere empty means unset.
    if (value !== undefined && (value !== '' || key === 'DEFAULT_PACKS')) raw[key] = value;
  }
  const production = raw.NODE_ENV === 'production';
  // Safe defaults differ in production: nobody may create tenants and no demo data is seeded
  // unless the operator says so.
  if (production) {
    raw.TENANT_CREATION ??= 'disabled';
    raw.DEMO_SEED ??= 'false';
  }
  const config = plainToInstance(AppConfig, raw);
  const problems = validateSync(config, { forbidUnknownValues: true }).map(
    (e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  if (production && config.JWT_SECRET === DEV_SECRET) {
    problems.push('JWT_SECRET: must be set in production');
  }
  if (config.TENANT_CREATION === 'token' && !config.TENANT_CREATION_TOKEN) {
    problems.push('TENANT_CREATION_TOKEN: required when TENANT_CREATION=token');
  }
  if (config.WEBHOOK_RETRY_CAP_MS < config.WEBHOOK_RETRY_BASE_MS) {
    problems.push('WEBHOOK_RETRY_CAP_MS: must not be less than WEBHOOK_RETRY_BASE_MS');
  }
  if (config.MAIL_RETRY_CAP_MS < config.MAIL_RETRY_BASE_MS) {
    problems.push('MAIL_RETRY_CAP_MS: must not be less than MAIL_RETRY_BASE_MS');
  }
  if (problems.length) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return config;
}
