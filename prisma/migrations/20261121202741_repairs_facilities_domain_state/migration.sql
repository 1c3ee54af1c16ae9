-- CreateEnum
CREATE TYPE "RepairComponentCategory" AS ENUM ('foundationAndStructure', 'roofWaterproofing', 'wetRoomLeakage', 'exteriorWallLeakage', 'heating', 'cooling', 'electrical', 'plumbing', 'equipmentInstallation', 'decoration');

-- AlterTable
ALTER TABLE "PatrolRound" ADD COLUMN     "details" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "PatrolRoute" ADD COLUMN     "ordered" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "RepairOrder" ADD COLUMN     "category" "RepairComponentCategory",
ADD COLUMN     "details" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "nextDueAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "StaffAssignment" ADD COLUMN     "trades" "RepairTrade"[];

-- CreateIndex
CREATE INDEX "RepairOrder_estateId_nextDueAt_idx" ON "RepairOrder"("estateId", "nextDueAt");
