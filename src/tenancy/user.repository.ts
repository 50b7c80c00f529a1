import type { EntityManager } from 'typeorm';
import { UserEntity } from './entities/user.entity.js';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Users are global; e-mail uniqueness is case-insensitive (index on lower(email)). */
export function findUserByEmail(em: EntityManager, email: string): Promise<UserEntity | null> {
  return em
    .createQueryBuilder(UserEntity, 'u')
    .where('lower(u.email) = :email', { email: normaliseEmail(email) })
    .getOne();
}
