-- AlterTable
ALTER TABLE "ModelPrice" ADD COLUMN     "longContextAboveInputTokens" INTEGER,
ADD COLUMN     "longContextCacheWritePerMTok" DECIMAL(18,6),
ADD COLUMN     "longContextCachedInputPerMTok" DECIMAL(18,6),
ADD COLUMN     "longContextInputPerMTok" DECIMAL(18,6),
ADD COLUMN     "longContextOutputPerMTok" DECIMAL(18,6);
