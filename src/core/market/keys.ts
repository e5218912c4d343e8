/**
 * Store keys of the market's per-chunk columns. The round's market (sessions and the price to
 * beat at each opportunity) is shared by every campaign; the rest is one set per policy's campaign.
 */
import { storeKey } from '../engine/chunk-store';

/** Int32Array (people + 1): where each person's opportunities of this round start. */
export const ROUND_OFFSETS = storeKey<Int32Array>('market:offsets');
/** Float32Array (opportunities × competitors): competitors' ranking bids this round. */
export const ROUND_BIDS = storeKey<Float32Array>('market:bids');
/** Float32Array (opportunities): the price to beat this round = max(top competitor bid, reserve). */
export const ROUND_FLOOR = storeKey<Float32Array>('market:floor');

/** Uint16Array: impressions the person has seen from this campaign so far. */
export const impressionsKey = (policyId: string) => storeKey<Uint16Array>(`market:impressions:${policyId}`);
/** Uint16Array: impressions the person saw from this campaign in the last round. */
export const roundImpressionsKey = (policyId: string) => storeKey<Uint16Array>(`market:roundImpressions:${policyId}`);
/** Uint8Array: 1 if the person was reached and clicked at least once. */
export const clickedKey = (policyId: string) => storeKey<Uint8Array>(`market:clicked:${policyId}`);
/** Uint8Array: 1 if the person was reached and converted (the observed label). */
export const convertedKey = (policyId: string) => storeKey<Uint8Array>(`market:converted:${policyId}`);
/** Float64Array: money the campaign spent on the person so far. */
export const spentKey = (policyId: string) => storeKey<Float64Array>(`market:spent:${policyId}`);
/** Float32Array: 1 for the people a fairness policy's own selection put in the audience, else NaN. */
export const audienceKey = (policyId: string) => storeKey<Float32Array>(`market:audience:${policyId}`);

export const campaignKeys = (policyId: string): string[] => [impressionsKey(policyId), roundImpressionsKey(policyId), clickedKey(policyId), convertedKey(policyId), spentKey(policyId), audienceKey(policyId)];
