// Thin route: the partnerships micro-frontend owns this page's data (the matchmaking days).
export { loadMatchmakingDays as load } from '@shabaka/domain-partnerships';
