export * from './answers';
export { assessPosition, assessRequirement, positionRequirements } from './assess';
export * from './dates';
export * from './experience';
export { rankAssessments, rankPositions } from './rank';
export * from './score';
export * from './types';
