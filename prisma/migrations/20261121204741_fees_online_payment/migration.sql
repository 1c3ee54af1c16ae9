-- AlterEnum
-- R-FEE-6: an owner paying in the app or portal (no payment gateway: a recorded reference).
-- BEFORE 'other' keeps the values in the order of prisma/schema.prisma (the drift test checks it).
ALTER TYPE "PaymentMethod" ADD VALUE 'online' BEFORE 'other';
