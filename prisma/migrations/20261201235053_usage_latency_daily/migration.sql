-- CreateTable
CREATE TABLE "UsageLatencyDaily" (
    "day" DATE NOT NULL,
    "projectId" TEXT NOT NULL,
    "latencyHistogram" INTEGER[] DEFAULT ARRAY[]::INTEGER[],

    CONSTRAINT "UsageLatencyDaily_pkey" PRIMARY KEY ("day","projectId")
);

-- AddForeignKey
ALTER TABLE "UsageLatencyDaily" ADD CONSTRAINT "UsageLatencyDaily_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Filled from the daily rollups already there, so an existing installation keeps its medians.
INSERT INTO "UsageLatencyDaily" ("day", "projectId", "latencyHistogram")
SELECT "day", "projectId", array_agg("total" ORDER BY "position")
FROM (
  SELECT "day", "projectId", bucket."position", sum(bucket."count")::int AS "total"
  FROM "UsageDaily", unnest("latencyHistogram") WITH ORDINALITY AS bucket("count", "position")
  GROUP BY 1, 2, 3
) AS buckets
GROUP BY 1, 2;

-- Updated in place many times a day, like the other rollups.
ALTER TABLE "UsageLatencyDaily" SET (fillfactor = 80);
