// The workshops module: services for pages, the boards service and the realtime server.
export * from './access';
export * from './errors';
export * from './join-code';
export * from './workshops';
export * from './members';
export * from './teams';
export * from './stages';
export * from './team-boards';
export { planTeams, seededRandom } from './shuffle';
