-- CreateEnum
CREATE TYPE "AssemblyMatter" AS ENUM ('maintenanceFund', 'rebuilding', 'commonPartsUse', 'serviceProvider', 'committeeElection', 'other');

-- CreateEnum
CREATE TYPE "AssemblyVoteStatus" AS ENUM ('draft', 'voting', 'closed');

-- CreateEnum
CREATE TYPE "BallotChoice" AS ENUM ('for', 'against', 'abstain');

-- CreateEnum
CREATE TYPE "MaintenanceFundUseStatus" AS ENUM ('proposed', 'approved', 'paid', 'published', 'withdrawn');

-- CreateEnum
CREATE TYPE "MaintenanceFundEntryKind" AS ENUM ('contribution', 'use');

-- CreateTable
CREATE TABLE "AssemblyVote" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "matter" "AssemblyMatter" NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "status" "AssemblyVoteStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 0,
    "electorateOwners" INTEGER NOT NULL,
    "electorateArea" DECIMAL(12,2) NOT NULL,
    "tally" JSONB,
    "valid" BOOLEAN,
    "passed" BOOLEAN,
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AssemblyVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssemblyVoter" (
    "id" UUID NOT NULL,
    "voteId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "ownerIds" TEXT[],
    "unitIds" UUID[],
    "area" DECIMAL(12,2) NOT NULL,

    CONSTRAINT "AssemblyVoter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssemblyBallot" (
    "id" UUID NOT NULL,
    "voteId" UUID NOT NULL,
    "voterId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "choice" "BallotChoice" NOT NULL,
    "castAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AssemblyBallot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaintenanceFundUse" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "facilityId" UUID NOT NULL,
    "voteId" UUID,
    "amount" DECIMAL(14,2) NOT NULL,
    "purpose" TEXT NOT NULL,
    "emergencyReason" TEXT,
    "status" "MaintenanceFundUseStatus" NOT NULL DEFAULT 'proposed',
    "version" INTEGER NOT NULL DEFAULT 0,
    "approvedAt" TIMESTAMPTZ(3),
    "paidAt" TIMESTAMPTZ(3),
    "publishedAt" TIMESTAMPTZ(3),
    "notice" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MaintenanceFundUse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaintenanceFundEntry" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "kind" "MaintenanceFundEntryKind" NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "fundUseId" UUID,
    "reason" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaintenanceFundEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AssemblyVote_estateId_status_opensOn_idx" ON "AssemblyVote"("estateId", "status", "opensOn");

-- CreateIndex
CREATE UNIQUE INDEX "AssemblyVoter_voteId_key_key" ON "AssemblyVoter"("voteId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "AssemblyBallot_voterId_key" ON "AssemblyBallot"("voterId");

-- CreateIndex
CREATE INDEX "AssemblyBallot_voteId_choice_idx" ON "AssemblyBallot"("voteId", "choice");

-- CreateIndex
CREATE INDEX "AssemblyBallot_personId_idx" ON "AssemblyBallot"("personId");

-- CreateIndex
CREATE INDEX "MaintenanceFundUse_estateId_status_createdAt_idx" ON "MaintenanceFundUse"("estateId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "MaintenanceFundUse_facilityId_idx" ON "MaintenanceFundUse"("facilityId");

-- CreateIndex
CREATE INDEX "MaintenanceFundUse_voteId_idx" ON "MaintenanceFundUse"("voteId");

-- CreateIndex
CREATE UNIQUE INDEX "MaintenanceFundEntry_fundUseId_key" ON "MaintenanceFundEntry"("fundUseId");

-- CreateIndex
CREATE INDEX "MaintenanceFundEntry_estateId_createdAt_idx" ON "MaintenanceFundEntry"("estateId", "createdAt");

-- CreateIndex
CREATE INDEX "MaintenanceFundEntry_createdById_idx" ON "MaintenanceFundEntry"("createdById");

-- AddForeignKey
ALTER TABLE "AssemblyVote" ADD CONSTRAINT "AssemblyVote_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssemblyVoter" ADD CONSTRAINT "AssemblyVoter_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "AssemblyVote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssemblyBallot" ADD CONSTRAINT "AssemblyBallot_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "AssemblyVote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssemblyBallot" ADD CONSTRAINT "AssemblyBallot_voterId_fkey" FOREIGN KEY ("voterId") REFERENCES "AssemblyVoter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssemblyBallot" ADD CONSTRAINT "AssemblyBallot_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceFundUse" ADD CONSTRAINT "MaintenanceFundUse_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceFundUse" ADD CONSTRAINT "MaintenanceFundUse_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceFundUse" ADD CONSTRAINT "MaintenanceFundUse_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "AssemblyVote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceFundEntry" ADD CONSTRAINT "MaintenanceFundEntry_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceFundEntry" ADD CONSTRAINT "MaintenanceFundEntry_fundUseId_fkey" FOREIGN KEY ("fundUseId") REFERENCES "MaintenanceFundUse"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceFundEntry" ADD CONSTRAINT "MaintenanceFundEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────── Integrity Prisma's schema language cannot express (hand-written; listed in
-- packages/api/test/drift.test.ts) ─────────────

-- R-GOV-1: the voting period runs forward; a register has owners and exclusive area to count.
ALTER TABLE "AssemblyVote" ADD CONSTRAINT "AssemblyVote_period_check" CHECK ("closesOn" >= "opensOn");
ALTER TABLE "AssemblyVote" ADD CONSTRAINT "AssemblyVote_electorate_check" CHECK ("electorateOwners" > 0 AND "electorateArea" > 0);
-- R-GOV-1: a register entry is at least one owner holding at least one unit, never negative area.
ALTER TABLE "AssemblyVoter" ADD CONSTRAINT "AssemblyVoter_entry_check" CHECK ("area" >= 0 AND cardinality("ownerIds") > 0 AND cardinality("unitIds") > 0);

-- R-GOV-2: a fund use and every ledger row move a positive amount; a `use` row is the payment of
-- exactly one fund use (unique `fundUseId`), a contribution names none.
ALTER TABLE "MaintenanceFundUse" ADD CONSTRAINT "MaintenanceFundUse_amount_check" CHECK ("amount" > 0);
ALTER TABLE "MaintenanceFundEntry" ADD CONSTRAINT "MaintenanceFundEntry_amount_check" CHECK ("amount" > 0);
ALTER TABLE "MaintenanceFundEntry" ADD CONSTRAINT "MaintenanceFundEntry_use_check" CHECK (("kind" = 'use') = ("fundUseId" IS NOT NULL));

-- R-GOV-2, R-FEE-9: the fund's ledger is append-only, like every money ledger.
CREATE TRIGGER "MaintenanceFundEntry_append_only" BEFORE UPDATE OR DELETE ON "MaintenanceFundEntry" FOR EACH ROW EXECUTE FUNCTION "wuye_refuse_append_only_change"();
CREATE TRIGGER "MaintenanceFundEntry_append_only_truncate" BEFORE TRUNCATE ON "MaintenanceFundEntry" FOR EACH STATEMENT EXECUTE FUNCTION "wuye_refuse_append_only_change"();
