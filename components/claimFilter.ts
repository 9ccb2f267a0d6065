import type { CheckedClaim, Verdict } from '@/lib/engine/types';

/**
 * The popup's filter groups. A mixed claim has sources on both sides, so it belongs to both
 * "conflicting" and "corroborated": a reader looking for disputed claims must not miss it, and
 * one looking for supported claims must not either. The counts therefore need not add up to "all".
 */
export type ClaimFilter = 'all' | 'conflicting' | 'corroborated' | 'unverified';

export const CLAIM_FILTERS: readonly ClaimFilter[] = ['all', 'conflicting', 'corroborated', 'unverified'];

const VERDICTS_IN: Record<ClaimFilter, readonly Verdict[]> = {
  all: ['corroborated', 'conflicting', 'mixed', 'unverified'],
  conflicting: ['conflicting', 'mixed'],
  corroborated: ['corroborated', 'mixed'],
  unverified: ['unverified'],
};

/** The claims in `filter`'s group, in page order; [] when none. */
export function filterClaims(claims: readonly CheckedClaim[], filter: ClaimFilter): CheckedClaim[] {
  return claims.filter((c) => VERDICTS_IN[filter].includes(c.verdict));
}

/** How many claims each filter shows. */
export function countByFilter(claims: readonly CheckedClaim[]): Record<ClaimFilter, number> {
  return {
    all: claims.length,
    conflicting: filterClaims(claims, 'conflicting').length,
    corroborated: filterClaims(claims, 'corroborated').length,
    unverified: filterClaims(claims, 'unverified').length,
  };
}
