-- CreateEnum
CREATE TYPE "TakeoverScope" AS ENUM ('civilWorks', 'plumbing', 'electrical', 'fire', 'smartSystems', 'greening');

-- CreateEnum
CREATE TYPE "TakeoverDefectStatus" AS ENUM ('recorded', 'reported', 'rectified', 'closed');

-- CreateTable
CREATE TABLE "TakeoverInspection" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "scope" "TakeoverScope" NOT NULL,
    "inspectedOn" DATE NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TakeoverInspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TakeoverDefect" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "scope" "TakeoverScope" NOT NULL,
    "location" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "TakeoverDefectStatus" NOT NULL DEFAULT 'recorded',
    "reportRef" TEXT,
    "findings" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TakeoverDefect_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TakeoverInspection_estateId_scope_key" ON "TakeoverInspection"("estateId", "scope");

-- CreateIndex
CREATE INDEX "TakeoverDefect_estateId_status_idx" ON "TakeoverDefect"("estateId", "status");

-- AddForeignKey
ALTER TABLE "TakeoverInspection" ADD CONSTRAINT "TakeoverInspection_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TakeoverDefect" ADD CONSTRAINT "TakeoverDefect_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
