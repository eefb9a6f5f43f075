import * as z from "../zod.js";
import { CLAUSE_IDS, READING_IDS } from "./clauses.js";

/**
 * The `standing` section of a policy: the numbers of 一 (what a certified partner needs), 四.2
 * (certificates and key people), 五 (the technical manager's duties), 六 (the certification process)
 * and 七 (qualification, bans), with readings S1 and S2 as values. `evaluateStanding`,
 * `checkEligibility` and `certificationSchedule` read them; no period is written in their code.
 */

// A value with its clause and reading: the same shape as every value of PolicySchema.
const clauseValue = <T extends z.ZodType>(value: T) =>
  z.strictObject({ value, clause: z.enum(CLAUSE_IDS), reading: z.enum(READING_IDS).optional() });

const months = clauseValue(z.number().int().min(1).max(120));
const years = clauseValue(z.number().int().min(1).max(10));
const workingDays = clauseValue(z.number().int().min(1).max(60));
const people = clauseValue(z.number().int().min(1).max(100));

export const StandingPolicySchema = z.strictObject({
  certificates: z.strictObject({
    /** The certificate type that counts (一: H3CS-CDS). */
    type: clauseValue(z.string().min(1)),
    /** Engineers holding it, at least (一 "最低人员数量 2人"). */
    minimumEngineers: people,
    /** At application, a certificate must be valid for more than this many months (一 补充说明 1). */
    validAfterApplicationMonths: months,
    /** Reminders start this many months before a certificate expires (四.2). */
    reminderMonths: months,
    /** Reading S1: which expiries downgrade (四.2.a / 七.4). */
    expiryDowngrades: clauseValue(z.enum(["belowMinimum", "anyRegistered"])),
  }),
  departures: z.strictObject({
    /** Technical managers, at least (一 "技术经理 √"). */
    minimumTechnicalManagers: people,
    /** A departure is to be reported within this many working days (五.1). */
    declareWithinWorkingDays: workingDays,
    /** A declared departure is to be filled within this many months (四.2.1.a, 五.1). */
    graceMonths: months,
    /** Reading S2: which departures must be filled (四.2.1). */
    needsFilling: clauseValue(z.enum(["belowMinimum", "always"])),
    /** A new hire's social-security proof falls due this many months after the pledge (四.2.1.c). */
    pledgeMonths: months,
  }),
  qualification: z.strictObject({
    /** The service qualification is valid this many years (七.3). */
    validYears: years,
    /** Reminders start this many months before it expires (七.3). */
    reminderMonths: months,
  }),
  sanctions: z.strictObject({
    /** False information: no application accepted for this many years (七.1). */
    falseInformationBanYears: years,
    /** A major accident from a skipped handover check: no application for this many years (七.6). */
    majorAccidentBanYears: years,
    /** A major key event this many years before an application may delay or stop it (七.5). */
    majorEventLookbackYears: years,
  }),
  application: z.strictObject({
    /** Months of social security each engineer needs (六.2). */
    socialSecurityMonths: months,
    /** Project-management experience, RMB, at least (一 "50万以上"). */
    projectCaseMinimumAmount: clauseValue(z.number().int().positive()),
    /** A renewal needs the last quarterly total at least this (一 业务指标 "≥70分"). */
    lastQuarterTotalAtLeast: clauseValue(z.number().nonnegative()),
  }),
  process: z.strictObject({
    /** Working days for each step of 六 after the one before it. */
    reviewWorkingDays: workingDays,
    interviewWorkingDays: workingDays,
    onSiteWorkingDays: workingDays,
    finalWorkingDays: workingDays,
    /** A failed first interview: the second waits this many months (六.3). */
    retryAfterFirstFailureMonths: months,
    /** A failed second interview: the next waits this many years (六.3). */
    retryAfterSecondFailureYears: years,
  }),
});
