-- CreateEnum
CREATE TYPE "LabelingSource" AS ENUM ('generation_run', 'expected_output');

-- CreateEnum
CREATE TYPE "LabelingAssignmentStatus" AS ENUM ('active', 'submitted', 'skipped');

-- AlterTable
ALTER TABLE "Completion" ADD COLUMN     "datasetItemId" TEXT,
ADD COLUMN     "generationRunId" TEXT;

-- AlterTable
ALTER TABLE "Rating" ADD COLUMN     "labelingAssignmentId" TEXT,
ADD COLUMN     "labelingTaskId" TEXT;

-- CreateTable
CREATE TABLE "Dataset" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "latestVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Dataset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatasetVersion" (
    "id" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "itemCount" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatasetVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatasetItem" (
    "id" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "input" JSONB NOT NULL,
    "expectedOutput" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "expectedOutputSource" JSONB,
    "validFrom" INTEGER NOT NULL,
    "validTo" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatasetItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GenerationRun" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "datasetVersionId" TEXT NOT NULL,
    "promptVersionId" TEXT,
    "promptMessages" JSONB NOT NULL,
    "modelConfigs" JSONB NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'pending',
    "total" INTEGER NOT NULL,
    "succeeded" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "predictedCostNanoUsd" BIGINT,
    "costNanoUsd" BIGINT NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "GenerationRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LabelingTask" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rubric" JSONB NOT NULL,
    "overlap" INTEGER NOT NULL,
    "source" "LabelingSource" NOT NULL,
    "generationRunId" TEXT,
    "datasetVersionId" TEXT NOT NULL,
    "shuffleSeed" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LabelingTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LabelingAssignee" (
    "taskId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LabelingAssignee_pkey" PRIMARY KEY ("taskId","userId")
);

-- CreateTable
CREATE TABLE "LabelingItem" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "completionId" TEXT NOT NULL,

    CONSTRAINT "LabelingItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LabelingAssignment" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "LabelingAssignmentStatus" NOT NULL DEFAULT 'active',
    "isFlagged" BOOLEAN NOT NULL DEFAULT false,
    "flagNote" TEXT,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LabelingAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Dataset_projectId_name_key" ON "Dataset"("projectId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "DatasetVersion_datasetId_number_key" ON "DatasetVersion"("datasetId", "number");

-- CreateIndex
CREATE INDEX "DatasetItem_datasetId_ordinal_idx" ON "DatasetItem"("datasetId", "ordinal");

-- CreateIndex
CREATE UNIQUE INDEX "DatasetItem_datasetId_key_validFrom_key" ON "DatasetItem"("datasetId", "key", "validFrom");

-- CreateIndex
CREATE INDEX "GenerationRun_projectId_createdAt_idx" ON "GenerationRun"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "LabelingTask_projectId_createdAt_idx" ON "LabelingTask"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "LabelingAssignee_userId_idx" ON "LabelingAssignee"("userId");

-- CreateIndex
CREATE INDEX "LabelingItem_taskId_position_idx" ON "LabelingItem"("taskId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "LabelingItem_taskId_completionId_key" ON "LabelingItem"("taskId", "completionId");

-- CreateIndex
CREATE INDEX "LabelingAssignment_taskId_userId_claimedAt_idx" ON "LabelingAssignment"("taskId", "userId", "claimedAt");

-- CreateIndex
CREATE UNIQUE INDEX "LabelingAssignment_itemId_userId_key" ON "LabelingAssignment"("itemId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Completion_generationRunId_datasetItemId_modelConfigId_key" ON "Completion"("generationRunId", "datasetItemId", "modelConfigId");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_labelingAssignmentId_key" ON "Rating"("labelingAssignmentId");

-- CreateIndex
CREATE INDEX "Rating_labelingTaskId_idx" ON "Rating"("labelingTaskId");

-- AddForeignKey
ALTER TABLE "Completion" ADD CONSTRAINT "Completion_datasetItemId_fkey" FOREIGN KEY ("datasetItemId") REFERENCES "DatasetItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Completion" ADD CONSTRAINT "Completion_generationRunId_fkey" FOREIGN KEY ("generationRunId") REFERENCES "GenerationRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_labelingTaskId_fkey" FOREIGN KEY ("labelingTaskId") REFERENCES "LabelingTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_labelingAssignmentId_fkey" FOREIGN KEY ("labelingAssignmentId") REFERENCES "LabelingAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dataset" ADD CONSTRAINT "Dataset_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetVersion" ADD CONSTRAINT "DatasetVersion_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatasetItem" ADD CONSTRAINT "DatasetItem_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GenerationRun" ADD CONSTRAINT "GenerationRun_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GenerationRun" ADD CONSTRAINT "GenerationRun_datasetVersionId_fkey" FOREIGN KEY ("datasetVersionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelingTask" ADD CONSTRAINT "LabelingTask_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelingTask" ADD CONSTRAINT "LabelingTask_generationRunId_fkey" FOREIGN KEY ("generationRunId") REFERENCES "GenerationRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelingTask" ADD CONSTRAINT "LabelingTask_datasetVersionId_fkey" FOREIGN KEY ("datasetVersionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelingAssignee" ADD CONSTRAINT "LabelingAssignee_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "LabelingTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelingAssignee" ADD CONSTRAINT "LabelingAssignee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelingItem" ADD CONSTRAINT "LabelingItem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "LabelingTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelingItem" ADD CONSTRAINT "LabelingItem_completionId_fkey" FOREIGN KEY ("completionId") REFERENCES "Completion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelingAssignment" ADD CONSTRAINT "LabelingAssignment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "LabelingItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelingAssignment" ADD CONSTRAINT "LabelingAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
