-- AlterTable
ALTER TABLE "UsageDaily" ADD COLUMN     "latencyHistogram" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- CreateTable
CREATE TABLE "UsageReferenceDaily" (
    "id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "projectId" TEXT NOT NULL,
    "referenceType" TEXT NOT NULL,
    "referenceId" TEXT NOT NULL,
    "provider" "ProviderKind" NOT NULL,
    "model" TEXT NOT NULL,
    "source" "UsageSource" NOT NULL,
    "calls" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "unpricedCalls" INTEGER NOT NULL DEFAULT 0,
    "inputTokens" BIGINT NOT NULL DEFAULT 0,
    "outputTokens" BIGINT NOT NULL DEFAULT 0,
    "costNanoUsd" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "UsageReferenceDaily_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UsageReferenceDaily_projectId_day_idx" ON "UsageReferenceDaily"("projectId", "day");

-- CreateIndex
CREATE INDEX "UsageReferenceDaily_projectId_referenceType_referenceId_idx" ON "UsageReferenceDaily"("projectId", "referenceType", "referenceId");

-- CreateIndex
CREATE UNIQUE INDEX "UsageReferenceDaily_day_projectId_referenceType_referenceId_key" ON "UsageReferenceDaily"("day", "projectId", "referenceType", "referenceId", "provider", "model", "source");

-- AddForeignKey
ALTER TABLE "UsageReferenceDaily" ADD CONSTRAINT "UsageReferenceDaily_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
