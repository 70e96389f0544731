/** The training pages' words for the contract's enums (exhaustive: a new value fails the typecheck here). */
import type {
  TrainingAudience,
  TrainingLanguage,
  TrainingLevel,
  TrainingRegistrationStatus,
  TrainingSessionStatus,
} from '@shabaka/graphql';
import type { CompiledMessage } from '@shabaka/ui';
import * as m from './paraglide/messages.js';

type Label = CompiledMessage<Record<string, never>>;

export const SESSION_STATUS: Record<TrainingSessionStatus, Label> = {
  SCHEDULED: m.statusSCHEDULED,
  OPEN: m.statusOPEN,
  FULL: m.statusFULL,
  CLOSED: m.statusCLOSED,
  CANCELLED: m.statusCANCELLED,
  COMPLETED: m.statusCOMPLETED,
};

export const LEVEL: Record<TrainingLevel, Label> = {
  INTRODUCTORY: m.levelINTRODUCTORY,
  INTERMEDIATE: m.levelINTERMEDIATE,
  ADVANCED: m.levelADVANCED,
};

export const AUDIENCE: Record<TrainingAudience, Label> = {
  CSO_STAFF: m.audienceCSO_STAFF,
  PUBLIC_OFFICIALS: m.audiencePUBLIC_OFFICIALS,
  BOTH: m.audienceBOTH,
};

export const LANGUAGE: Record<TrainingLanguage, Label> = {
  ARABIC: m.languageARABIC,
  ENGLISH: m.languageENGLISH,
  ARABIC_AND_ENGLISH: m.languageARABIC_AND_ENGLISH,
};

export const REGISTRATION_STATUS: Record<TrainingRegistrationStatus, Label> = {
  CONFIRMED: m.regCONFIRMED,
  WAITLISTED: m.regWAITLISTED,
  CANCELLED: m.regCANCELLED,
};
