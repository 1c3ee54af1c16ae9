-- CreateEnum
CREATE TYPE "UnitType" AS ENUM ('residential', 'commercial', 'office', 'storage', 'parking');

-- CreateEnum
CREATE TYPE "OccupancyStatus" AS ENUM ('awaitingHandover', 'vacant', 'occupied');

-- CreateEnum
CREATE TYPE "IdentityDocumentKind" AS ENUM ('residentIdCard', 'passport', 'hkMacaoPermit', 'taiwanPermit', 'foreignPermanentResidentCard', 'businessLicence', 'other');

-- CreateEnum
CREATE TYPE "OccupancyRole" AS ENUM ('owner', 'tenant', 'familyMember', 'domesticWorker', 'other');

-- CreateEnum
CREATE TYPE "UserKind" AS ENUM ('staff', 'owner', 'partner');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('manager', 'customer_service', 'engineering', 'security', 'cleaning', 'greening', 'cashier', 'finance', 'archivist');

-- CreateEnum
CREATE TYPE "CredentialKind" AS ENUM ('password', 'smsOtp', 'oidc');

-- CreateEnum
CREATE TYPE "FeeItemKind" AS ENUM ('area', 'fixed', 'metered', 'oneOff');

-- CreateEnum
CREATE TYPE "ProrationPolicy" AS ENUM ('byDays', 'wholeMonth');

-- CreateEnum
CREATE TYPE "MeterKind" AS ENUM ('water', 'electricity', 'gas', 'heating');

-- CreateEnum
CREATE TYPE "BillStatus" AS ENUM ('issued', 'partiallyPaid', 'paid', 'cancelled');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('cash', 'bankCard', 'bankTransfer', 'wechatPay', 'alipay', 'other');

-- CreateEnum
CREATE TYPE "CreditDirection" AS ENUM ('credit', 'debit');

-- CreateEnum
CREATE TYPE "RefundSource" AS ENUM ('prepaidCredit', 'renovationDeposit', 'overpayment');

-- CreateEnum
CREATE TYPE "ReminderChannel" AS ENUM ('sms', 'phone', 'app');

-- CreateEnum
CREATE TYPE "CollectionOutcome" AS ENUM ('noResponse', 'reached', 'promisedToPay', 'refusedToPay');

-- CreateEnum
CREATE TYPE "CollectionStep" AS ENUM ('reminder', 'call', 'visit', 'writtenDemand', 'referral');

-- CreateEnum
CREATE TYPE "ComplaintChannel" AS ENUM ('hotline', 'online', 'visit', 'letter');

-- CreateEnum
CREATE TYPE "ServiceContactKind" AS ENUM ('call', 'visit');

-- CreateEnum
CREATE TYPE "Department" AS ENUM ('customer_service', 'engineering', 'security', 'cleaning', 'greening', 'finance', 'management');

-- CreateEnum
CREATE TYPE "ServiceRequestStatus" AS ENUM ('logged', 'settled', 'forwarded', 'answered', 'closed');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('received', 'invalid', 'classified', 'assigned', 'handled', 'reportedBack', 'approved', 'replied', 'returnVisited', 'closed');

-- CreateEnum
CREATE TYPE "ComplaintSatisfaction" AS ENUM ('satisfied', 'basicallySatisfied', 'dissatisfied');

-- CreateEnum
CREATE TYPE "ComplaintSeverity" AS ENUM ('minor', 'important', 'major');

-- CreateEnum
CREATE TYPE "RepairTrade" AS ENUM ('plumbing', 'electrical', 'civil', 'carpentry', 'hvac', 'doorsAndWindows', 'elevator', 'general');

-- CreateEnum
CREATE TYPE "RepairCoverageKind" AS ENUM ('free', 'paid');

-- CreateEnum
CREATE TYPE "RepairStatus" AS ENUM ('registered', 'responded', 'assigned', 'planAgreed', 'quoted', 'quoteAccepted', 'inProgress', 'completed', 'accepted', 'reopened', 'closed', 'withdrawn');

-- CreateEnum
CREATE TYPE "QuoteDecision" AS ENUM ('accepted', 'declined');

-- CreateEnum
CREATE TYPE "RenovationStatus" AS ENUM ('applied', 'underReview', 'approved', 'rejected', 'confirmed', 'closed', 'feesPaid', 'permitIssued', 'inProgress', 'completionApplied', 'rectificationRequired', 'accepted', 'depositSettled');

-- CreateEnum
CREATE TYPE "RenovationDocumentKind" AS ENUM ('applicationForm', 'commitmentLetter', 'powerOfAttorney', 'businessLicence', 'qualificationCertificate', 'siteManagerIdentity', 'designerQualification', 'floorPlan', 'ceiling', 'pipelinesAndPower', 'lowVoltage', 'sections', 'authorityApproval', 'managementAgreement', 'hotWorkPermit');

-- CreateEnum
CREATE TYPE "RenovationApprovalKind" AS ENUM ('fireProtection', 'buildingStructure', 'gasLines', 'customerServiceReview', 'engineeringReview', 'ownerConfirmation');

-- CreateEnum
CREATE TYPE "ApprovalDecision" AS ENUM ('approved', 'rejected');

-- CreateEnum
CREATE TYPE "RenovationInspectionKind" AS ENUM ('entry', 'daily', 'completion', 'reinspection');

-- CreateEnum
CREATE TYPE "RenovationViolationStatus" AS ENUM ('recorded', 'verbalNoticeGiven', 'ownerPhoned', 'siteManagerPhoned', 'noticeSigned', 'filed', 'rectified');

-- CreateEnum
CREATE TYPE "ViolationSeverity" AS ENUM ('minor', 'serious');

-- CreateEnum
CREATE TYPE "CarrierRelation" AS ENUM ('owner', 'tenant', 'familyMember', 'domesticWorker', 'companyEmployee');

-- CreateEnum
CREATE TYPE "ReleaseReason" AS ENUM ('movingOut', 'temporary');

-- CreateEnum
CREATE TYPE "ConsentCallOutcome" AS ENUM ('agreed', 'declined', 'unreachable');

-- CreateEnum
CREATE TYPE "ReleasePassStatus" AS ENUM ('requested', 'approved', 'refused', 'released', 'archived');

-- CreateEnum
CREATE TYPE "VisitorKind" AS ENUM ('guest', 'contractor', 'delivery', 'temporaryWorker');

-- CreateEnum
CREATE TYPE "ParkingSpaceKind" AS ENUM ('owned', 'rented', 'visitor');

-- CreateEnum
CREATE TYPE "FacilityType" AS ENUM ('elevator', 'waterSupply', 'powerSupply', 'hvac', 'fireSystem', 'cctv', 'accessControl', 'publicLighting', 'buildingFabric', 'other');

-- CreateEnum
CREATE TYPE "MaintenancePeriod" AS ENUM ('daily', 'weekly', 'monthly', 'quarterly', 'yearly');

-- CreateEnum
CREATE TYPE "PatrolKind" AS ENUM ('security', 'engineering', 'buildingFabric');

-- CreateEnum
CREATE TYPE "EmergencyType" AS ENUM ('fire', 'powerOutage', 'waterOutage', 'naturalDisaster', 'equipmentFailure', 'publicSecurity');

-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('declared', 'residentsNotified', 'responding', 'closed', 'reviewed');

-- CreateEnum
CREATE TYPE "CommunityEventStatus" AS ENUM ('planned', 'publicised', 'registrationOpen', 'held', 'archived', 'cancelled');

-- CreateEnum
CREATE TYPE "SurveyStatus" AS ENUM ('draft', 'open', 'closed');

-- CreateEnum
CREATE TYPE "IdempotencyState" AS ENUM ('inProgress', 'completed');

-- CreateTable
CREATE TABLE "Company" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "creditCode" TEXT,
    "phone" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Estate" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "policy" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Estate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Building" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "floors" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Building_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "buildingId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "floor" INTEGER,
    "type" "UnitType" NOT NULL DEFAULT 'residential',
    "buildingArea" DECIMAL(12,2) NOT NULL,
    "status" "OccupancyStatus" NOT NULL DEFAULT 'awaitingHandover',
    "version" INTEGER NOT NULL DEFAULT 0,
    "handoverDate" DATE,
    "moveInDate" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitHandover" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "handedOverOn" DATE NOT NULL,
    "prepaidFrom" DATE NOT NULL,
    "prepaidUntil" DATE NOT NULL,
    "defects" JSONB NOT NULL DEFAULT '[]',
    "keysHandedOver" INTEGER NOT NULL DEFAULT 0,
    "keyKeptBack" BOOLEAN NOT NULL DEFAULT false,
    "documentsSigned" BOOLEAN NOT NULL DEFAULT false,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitHandover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "idType" "IdentityDocumentKind",
    "idNumber" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Occupancy" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "role" "OccupancyRole" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "ownerConfirmedAt" TIMESTAMPTZ(3),
    "leaseReference" TEXT,
    "safetyLetterSignedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Occupancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "kind" "UserKind" NOT NULL DEFAULT 'staff',
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "personId" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffAssignment" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "role" "StaffRole" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StaffAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Credential" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "CredentialKind" NOT NULL,
    "identifier" TEXT NOT NULL,
    "secretHash" TEXT,
    "lastUsedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Credential_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RefreshToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "familyId" UUID NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RefreshToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "userId" UUID,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "expiresAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "lastUsedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeeItem" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "FeeItemKind" NOT NULL,
    "collectedOnBehalf" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FeeItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeeStandard" (
    "id" UUID NOT NULL,
    "feeItemId" UUID NOT NULL,
    "unitPrice" DECIMAL(14,4) NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "proration" "ProrationPolicy" NOT NULL DEFAULT 'byDays',
    "policy" JSONB NOT NULL DEFAULT '{}',
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeeStandard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meter" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "unitId" UUID,
    "kind" "MeterKind" NOT NULL,
    "serialNumber" TEXT NOT NULL,
    "multiplier" DECIMAL(10,4) NOT NULL DEFAULT 1,
    "installedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeterReading" (
    "id" UUID NOT NULL,
    "meterId" UUID NOT NULL,
    "readOn" DATE NOT NULL,
    "value" DECIMAL(14,3) NOT NULL,
    "readById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeterReading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bill" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "issuedOn" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "total" DECIMAL(14,2) NOT NULL,
    "status" "BillStatus" NOT NULL DEFAULT 'issued',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Bill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillLine" (
    "id" UUID NOT NULL,
    "billId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "feeItemId" UUID NOT NULL,
    "feeStandardId" UUID NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "quantity" DECIMAL(14,4) NOT NULL,
    "unitPrice" DECIMAL(14,4) NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "basis" TEXT NOT NULL,
    "basisDetail" JSONB NOT NULL DEFAULT '{}',
    "readingFromId" UUID,
    "readingToId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BillLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "reference" TEXT,
    "payerName" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "reversalOfId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentAllocation" (
    "id" UUID NOT NULL,
    "billLineId" UUID NOT NULL,
    "paymentId" UUID,
    "creditEntryId" UUID,
    "amount" DECIMAL(14,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "reversalOfId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreditEntry" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "direction" "CreditDirection" NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "paymentId" UUID,
    "billLineId" UUID,
    "reason" TEXT NOT NULL,
    "reversalOfId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "source" "RefundSource" NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "payeeName" TEXT NOT NULL,
    "paidAt" TIMESTAMPTZ(3) NOT NULL,
    "creditEntryId" UUID,
    "settlementId" UUID,
    "reason" TEXT NOT NULL,
    "reversalOfId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectionAttempt" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "billId" UUID,
    "step" "CollectionStep" NOT NULL,
    "channel" "ReminderChannel",
    "attemptedAt" TIMESTAMPTZ(3) NOT NULL,
    "attemptedById" UUID NOT NULL,
    "outcome" "CollectionOutcome" NOT NULL,
    "note" TEXT,
    "deadline" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollectionAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceRequest" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "unitId" UUID,
    "personId" UUID,
    "kind" "ServiceContactKind" NOT NULL,
    "callerName" TEXT NOT NULL,
    "callerNumber" TEXT,
    "subject" TEXT NOT NULL,
    "answer" TEXT,
    "status" "ServiceRequestStatus" NOT NULL DEFAULT 'logged',
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "forwardedTo" "Department",
    "forwardedAt" TIMESTAMPTZ(3),
    "handlerId" UUID,
    "promisedReplyAt" TIMESTAMPTZ(3),
    "answeredAt" TIMESTAMPTZ(3),
    "takenById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "unitId" UUID,
    "personId" UUID,
    "number" TEXT NOT NULL,
    "channel" "ComplaintChannel" NOT NULL,
    "complainantName" TEXT NOT NULL,
    "complainantPhone" TEXT,
    "content" TEXT NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'received',
    "invalidReason" TEXT,
    "severity" "ComplaintSeverity",
    "classification" JSONB,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "complainantCount" INTEGER NOT NULL DEFAULT 1,
    "eventKey" TEXT,
    "department" "Department",
    "assigneeId" UUID,
    "answerDueAt" TIMESTAMPTZ(3),
    "resolveDueAt" TIMESTAMPTZ(3),
    "nextReplyAt" TIMESTAMPTZ(3),
    "resolution" TEXT,
    "repliedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "satisfaction" "ComplaintSatisfaction",
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepairOrder" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "unitId" UUID,
    "number" TEXT NOT NULL,
    "requesterName" TEXT NOT NULL,
    "requesterPhone" TEXT,
    "location" TEXT,
    "description" TEXT NOT NULL,
    "trade" "RepairTrade",
    "coverage" "RepairCoverageKind",
    "status" "RepairStatus" NOT NULL DEFAULT 'registered',
    "requestedAt" TIMESTAMPTZ(3) NOT NULL,
    "respondedAt" TIMESTAMPTZ(3),
    "urgentOnSite" BOOLEAN NOT NULL DEFAULT false,
    "assigneeId" UUID,
    "assignedAt" TIMESTAMPTZ(3),
    "dueAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    "acceptedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "repeatCount" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RepairOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepairQuote" (
    "id" UUID NOT NULL,
    "repairOrderId" UUID NOT NULL,
    "labour" DECIMAL(14,2) NOT NULL,
    "materials" DECIMAL(14,2) NOT NULL,
    "total" DECIMAL(14,2) NOT NULL,
    "explanation" TEXT NOT NULL,
    "quotedAt" TIMESTAMPTZ(3) NOT NULL,
    "quotedById" UUID NOT NULL,
    "decision" "QuoteDecision",
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RepairQuote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepairReturnVisit" (
    "id" UUID NOT NULL,
    "repairOrderId" UUID NOT NULL,
    "visitedAt" TIMESTAMPTZ(3) NOT NULL,
    "visitorId" UUID NOT NULL,
    "satisfied" BOOLEAN NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RepairReturnVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RenovationApplication" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "applicantId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "agentName" TEXT,
    "scope" TEXT NOT NULL,
    "contractorName" TEXT NOT NULL,
    "contractorLicenceNo" TEXT,
    "siteManagerName" TEXT,
    "siteManagerPhone" TEXT,
    "commercialPremises" BOOLEAN NOT NULL DEFAULT false,
    "touchesFireProtection" BOOLEAN NOT NULL DEFAULT false,
    "touchesStructure" BOOLEAN NOT NULL DEFAULT false,
    "touchesGasLines" BOOLEAN NOT NULL DEFAULT false,
    "plannedStart" DATE,
    "plannedEnd" DATE,
    "status" "RenovationStatus" NOT NULL DEFAULT 'applied',
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "decisionDueAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "permitNumber" TEXT,
    "permitIssuedAt" TIMESTAMPTZ(3),
    "acceptedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RenovationApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RenovationDocument" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "kind" "RenovationDocumentKind" NOT NULL,
    "fileRef" TEXT NOT NULL,
    "validUntil" DATE,
    "verifiedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RenovationDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RenovationApproval" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "kind" "RenovationApprovalKind" NOT NULL,
    "decision" "ApprovalDecision" NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL,
    "signedById" UUID,
    "reference" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RenovationApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RenovationInspection" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "kind" "RenovationInspectionKind" NOT NULL,
    "department" "Department" NOT NULL,
    "inspectedOn" DATE NOT NULL,
    "inspectedAt" TIMESTAMPTZ(3) NOT NULL,
    "inspectorId" UUID NOT NULL,
    "passed" BOOLEAN,
    "findings" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RenovationInspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RenovationViolation" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "inspectionId" UUID,
    "violationType" TEXT NOT NULL,
    "severity" "ViolationSeverity" NOT NULL,
    "status" "RenovationViolationStatus" NOT NULL DEFAULT 'recorded',
    "description" TEXT NOT NULL,
    "foundAt" TIMESTAMPTZ(3) NOT NULL,
    "ownerPhonedAt" TIMESTAMPTZ(3),
    "siteManagerPhonedAt" TIMESTAMPTZ(3),
    "noticeSignedAt" TIMESTAMPTZ(3),
    "reportedToAuthorityAt" TIMESTAMPTZ(3),
    "rectifiedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RenovationViolation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RenovationPenalty" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "violationId" UUID,
    "amount" DECIMAL(14,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "approvedById" UUID NOT NULL,
    "reversalOfId" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RenovationPenalty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RenovationDeposit" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "paymentId" UUID,
    "reason" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RenovationDeposit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RenovationDepositSettlement" (
    "id" UUID NOT NULL,
    "depositId" UUID NOT NULL,
    "penaltiesTotal" DECIMAL(14,2) NOT NULL,
    "damagesTotal" DECIMAL(14,2) NOT NULL,
    "refundAmount" DECIMAL(14,2) NOT NULL,
    "shortfall" DECIMAL(14,2) NOT NULL,
    "settledOn" DATE NOT NULL,
    "ownerSignedAt" TIMESTAMPTZ(3) NOT NULL,
    "contractorSignedAt" TIMESTAMPTZ(3) NOT NULL,
    "centreSignedAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RenovationDepositSettlement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleasePass" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "carrierName" TEXT NOT NULL,
    "carrierIdNumber" TEXT,
    "carrierRelation" "CarrierRelation" NOT NULL,
    "reason" "ReleaseReason" NOT NULL,
    "status" "ReleasePassStatus" NOT NULL DEFAULT 'requested',
    "ownerConsent" "ConsentCallOutcome",
    "ownerCalledAt" TIMESTAMPTZ(3),
    "ownerAnswer" TEXT,
    "duesCheckedAt" TIMESTAMPTZ(3),
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "approvedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "releasedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReleasePass_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleasePassItem" (
    "id" UUID NOT NULL,
    "passId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "ReleasePassItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Visitor" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "unitId" UUID,
    "kind" "VisitorKind" NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "idNumber" TEXT,
    "purpose" TEXT NOT NULL,
    "certificateRef" TEXT,
    "preRegistered" BOOLEAN NOT NULL DEFAULT false,
    "arrivedAt" TIMESTAMPTZ(3) NOT NULL,
    "leftAt" TIMESTAMPTZ(3),
    "registeredById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Visitor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vehicle" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "plateNumber" TEXT NOT NULL,
    "unitId" UUID,
    "ownerId" UUID,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Vehicle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParkingSpace" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "ParkingSpaceKind" NOT NULL,
    "unitId" UUID,
    "vehicleId" UUID,
    "monthlyCardUntil" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ParkingSpace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Facility" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "type" "FacilityType" NOT NULL,
    "name" TEXT NOT NULL,
    "model" TEXT,
    "parameters" JSONB NOT NULL DEFAULT '{}',
    "location" TEXT,
    "installedOn" DATE,
    "warrantyUntil" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Facility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaintenancePlan" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "facilityType" "FacilityType" NOT NULL,
    "facilityId" UUID,
    "title" TEXT NOT NULL,
    "period" "MaintenancePeriod" NOT NULL,
    "lastDoneOn" DATE,
    "nextDueOn" DATE NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MaintenancePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaintenanceRecord" (
    "id" UUID NOT NULL,
    "facilityId" UUID NOT NULL,
    "planId" UUID,
    "performedOn" DATE NOT NULL,
    "performedById" UUID,
    "contractor" TEXT,
    "findings" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaintenanceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PatrolRoute" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "kind" "PatrolKind" NOT NULL,
    "name" TEXT NOT NULL,
    "frequencyMinutes" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PatrolRoute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PatrolCheckpoint" (
    "id" UUID NOT NULL,
    "routeId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "location" TEXT,

    CONSTRAINT "PatrolCheckpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PatrolRound" (
    "id" UUID NOT NULL,
    "routeId" UUID NOT NULL,
    "inspectorId" UUID NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),
    "findings" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PatrolRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PatrolCheck" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "checkpointId" UUID NOT NULL,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "finding" TEXT,
    "repairOrderId" UUID,

    CONSTRAINT "PatrolCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmergencyPlan" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "type" "EmergencyType" NOT NULL,
    "title" TEXT NOT NULL,
    "contacts" JSONB NOT NULL DEFAULT '[]',
    "evacuationRoutes" TEXT,
    "assemblyPoints" TEXT,
    "reviewedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EmergencyPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmergencyDrill" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "participants" INTEGER,
    "summary" TEXT,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmergencyDrill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "planId" UUID,
    "type" "EmergencyType" NOT NULL,
    "title" TEXT NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'declared',
    "declaredAt" TIMESTAMPTZ(3) NOT NULL,
    "declaredById" UUID NOT NULL,
    "residentsNotifiedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "review" TEXT,
    "lessonsLearned" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentAction" (
    "id" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "actorId" UUID NOT NULL,
    "action" TEXT NOT NULL,

    CONSTRAINT "IncidentAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "validFrom" TIMESTAMPTZ(3) NOT NULL,
    "validUntil" TIMESTAMPTZ(3),
    "publishedAt" TIMESTAMPTZ(3),
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnouncementBuilding" (
    "announcementId" UUID NOT NULL,
    "buildingId" UUID NOT NULL,

    CONSTRAINT "AnnouncementBuilding_pkey" PRIMARY KEY ("announcementId","buildingId")
);

-- CreateTable
CREATE TABLE "CommunityEvent" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "theme" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "budget" DECIMAL(14,2),
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "status" "CommunityEventStatus" NOT NULL DEFAULT 'planned',
    "feedback" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommunityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunityEventRegistration" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "personId" UUID,
    "name" TEXT NOT NULL,
    "attendees" INTEGER NOT NULL DEFAULT 1,
    "registeredAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommunityEventRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" UUID NOT NULL,
    "estateId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "questions" JSONB NOT NULL,
    "status" "SurveyStatus" NOT NULL DEFAULT 'draft',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "unitId" UUID,
    "personId" UUID,
    "answers" JSONB NOT NULL,
    "scores" JSONB NOT NULL DEFAULT '{}',
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkflowEvent" (
    "id" UUID NOT NULL,
    "workflow" TEXT NOT NULL,
    "recordId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromState" TEXT NOT NULL,
    "toState" TEXT NOT NULL,
    "actorId" UUID,
    "actorRole" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "data" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkflowEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "id" UUID NOT NULL,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "state" "IdempotencyState" NOT NULL DEFAULT 'inProgress',
    "response" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorRole" TEXT,
    "estateId" UUID,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "ip" TEXT,
    "requestId" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Company_creditCode_key" ON "Company"("creditCode");

-- CreateIndex
CREATE UNIQUE INDEX "Estate_companyId_name_key" ON "Estate"("companyId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Building_estateId_name_key" ON "Building"("estateId", "name");

-- CreateIndex
CREATE INDEX "Unit_estateId_status_idx" ON "Unit"("estateId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_buildingId_number_key" ON "Unit"("buildingId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "UnitHandover_unitId_key" ON "UnitHandover"("unitId");

-- CreateIndex
CREATE INDEX "UnitHandover_recordedById_idx" ON "UnitHandover"("recordedById");

-- CreateIndex
CREATE INDEX "Person_companyId_name_idx" ON "Person"("companyId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Person_companyId_idType_idNumber_key" ON "Person"("companyId", "idType", "idNumber");

-- CreateIndex
CREATE INDEX "Occupancy_unitId_role_endDate_idx" ON "Occupancy"("unitId", "role", "endDate");

-- CreateIndex
CREATE INDEX "Occupancy_personId_idx" ON "Occupancy"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_personId_key" ON "User"("personId");

-- CreateIndex
CREATE INDEX "User_companyId_kind_idx" ON "User"("companyId", "kind");

-- CreateIndex
CREATE INDEX "StaffAssignment_estateId_role_idx" ON "StaffAssignment"("estateId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "StaffAssignment_userId_estateId_role_startDate_key" ON "StaffAssignment"("userId", "estateId", "role", "startDate");

-- CreateIndex
CREATE INDEX "Credential_userId_idx" ON "Credential"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Credential_kind_identifier_key" ON "Credential"("kind", "identifier");

-- CreateIndex
CREATE UNIQUE INDEX "RefreshToken_tokenHash_key" ON "RefreshToken"("tokenHash");

-- CreateIndex
CREATE INDEX "RefreshToken_userId_idx" ON "RefreshToken"("userId");

-- CreateIndex
CREATE INDEX "RefreshToken_familyId_idx" ON "RefreshToken"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_companyId_idx" ON "ApiKey"("companyId");

-- CreateIndex
CREATE INDEX "ApiKey_userId_idx" ON "ApiKey"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "FeeItem_estateId_code_key" ON "FeeItem"("estateId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "FeeStandard_feeItemId_effectiveFrom_key" ON "FeeStandard"("feeItemId", "effectiveFrom");

-- CreateIndex
CREATE INDEX "Meter_unitId_idx" ON "Meter"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Meter_estateId_serialNumber_key" ON "Meter"("estateId", "serialNumber");

-- CreateIndex
CREATE INDEX "MeterReading_readById_idx" ON "MeterReading"("readById");

-- CreateIndex
CREATE UNIQUE INDEX "MeterReading_meterId_readOn_key" ON "MeterReading"("meterId", "readOn");

-- CreateIndex
CREATE UNIQUE INDEX "Bill_number_key" ON "Bill"("number");

-- CreateIndex
CREATE INDEX "Bill_estateId_status_dueDate_idx" ON "Bill"("estateId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Bill_estateId_periodStart_idx" ON "Bill"("estateId", "periodStart");

-- CreateIndex
CREATE INDEX "Bill_unitId_periodStart_idx" ON "Bill"("unitId", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "Bill_id_unitId_key" ON "Bill"("id", "unitId");

-- CreateIndex
CREATE INDEX "BillLine_billId_unitId_idx" ON "BillLine"("billId", "unitId");

-- CreateIndex
CREATE INDEX "BillLine_feeItemId_idx" ON "BillLine"("feeItemId");

-- CreateIndex
CREATE INDEX "BillLine_feeStandardId_idx" ON "BillLine"("feeStandardId");

-- CreateIndex
CREATE INDEX "BillLine_readingFromId_idx" ON "BillLine"("readingFromId");

-- CreateIndex
CREATE INDEX "BillLine_readingToId_idx" ON "BillLine"("readingToId");

-- CreateIndex
CREATE UNIQUE INDEX "BillLine_unitId_feeItemId_periodStart_key" ON "BillLine"("unitId", "feeItemId", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_reversalOfId_key" ON "Payment"("reversalOfId");

-- CreateIndex
CREATE INDEX "Payment_estateId_receivedAt_idx" ON "Payment"("estateId", "receivedAt");

-- CreateIndex
CREATE INDEX "Payment_unitId_receivedAt_idx" ON "Payment"("unitId", "receivedAt");

-- CreateIndex
CREATE INDEX "Payment_createdById_idx" ON "Payment"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentAllocation_reversalOfId_key" ON "PaymentAllocation"("reversalOfId");

-- CreateIndex
CREATE INDEX "PaymentAllocation_billLineId_idx" ON "PaymentAllocation"("billLineId");

-- CreateIndex
CREATE INDEX "PaymentAllocation_paymentId_idx" ON "PaymentAllocation"("paymentId");

-- CreateIndex
CREATE INDEX "PaymentAllocation_creditEntryId_idx" ON "PaymentAllocation"("creditEntryId");

-- CreateIndex
CREATE INDEX "PaymentAllocation_createdById_idx" ON "PaymentAllocation"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "CreditEntry_reversalOfId_key" ON "CreditEntry"("reversalOfId");

-- CreateIndex
CREATE INDEX "CreditEntry_unitId_createdAt_idx" ON "CreditEntry"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "CreditEntry_paymentId_idx" ON "CreditEntry"("paymentId");

-- CreateIndex
CREATE INDEX "CreditEntry_billLineId_idx" ON "CreditEntry"("billLineId");

-- CreateIndex
CREATE INDEX "CreditEntry_createdById_idx" ON "CreditEntry"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_settlementId_key" ON "Refund"("settlementId");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_reversalOfId_key" ON "Refund"("reversalOfId");

-- CreateIndex
CREATE INDEX "Refund_estateId_paidAt_idx" ON "Refund"("estateId", "paidAt");

-- CreateIndex
CREATE INDEX "Refund_unitId_idx" ON "Refund"("unitId");

-- CreateIndex
CREATE INDEX "Refund_creditEntryId_idx" ON "Refund"("creditEntryId");

-- CreateIndex
CREATE INDEX "Refund_createdById_idx" ON "Refund"("createdById");

-- CreateIndex
CREATE INDEX "CollectionAttempt_estateId_attemptedAt_idx" ON "CollectionAttempt"("estateId", "attemptedAt");

-- CreateIndex
CREATE INDEX "CollectionAttempt_unitId_attemptedAt_idx" ON "CollectionAttempt"("unitId", "attemptedAt");

-- CreateIndex
CREATE INDEX "CollectionAttempt_billId_idx" ON "CollectionAttempt"("billId");

-- CreateIndex
CREATE INDEX "CollectionAttempt_attemptedById_idx" ON "CollectionAttempt"("attemptedById");

-- CreateIndex
CREATE INDEX "ServiceRequest_estateId_status_receivedAt_idx" ON "ServiceRequest"("estateId", "status", "receivedAt");

-- CreateIndex
CREATE INDEX "ServiceRequest_unitId_idx" ON "ServiceRequest"("unitId");

-- CreateIndex
CREATE INDEX "ServiceRequest_personId_idx" ON "ServiceRequest"("personId");

-- CreateIndex
CREATE INDEX "ServiceRequest_handlerId_idx" ON "ServiceRequest"("handlerId");

-- CreateIndex
CREATE INDEX "ServiceRequest_takenById_idx" ON "ServiceRequest"("takenById");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_number_key" ON "Complaint"("number");

-- CreateIndex
CREATE INDEX "Complaint_estateId_status_receivedAt_idx" ON "Complaint"("estateId", "status", "receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_estateId_severity_idx" ON "Complaint"("estateId", "severity");

-- CreateIndex
CREATE INDEX "Complaint_estateId_eventKey_idx" ON "Complaint"("estateId", "eventKey");

-- CreateIndex
CREATE INDEX "Complaint_unitId_idx" ON "Complaint"("unitId");

-- CreateIndex
CREATE INDEX "Complaint_personId_idx" ON "Complaint"("personId");

-- CreateIndex
CREATE INDEX "Complaint_assigneeId_status_idx" ON "Complaint"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "Complaint_resolveDueAt_idx" ON "Complaint"("resolveDueAt");

-- CreateIndex
CREATE UNIQUE INDEX "RepairOrder_number_key" ON "RepairOrder"("number");

-- CreateIndex
CREATE INDEX "RepairOrder_estateId_status_requestedAt_idx" ON "RepairOrder"("estateId", "status", "requestedAt");

-- CreateIndex
CREATE INDEX "RepairOrder_unitId_idx" ON "RepairOrder"("unitId");

-- CreateIndex
CREATE INDEX "RepairOrder_assigneeId_status_idx" ON "RepairOrder"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "RepairOrder_dueAt_idx" ON "RepairOrder"("dueAt");

-- CreateIndex
CREATE INDEX "RepairQuote_repairOrderId_idx" ON "RepairQuote"("repairOrderId");

-- CreateIndex
CREATE INDEX "RepairQuote_quotedById_idx" ON "RepairQuote"("quotedById");

-- CreateIndex
CREATE INDEX "RepairReturnVisit_repairOrderId_idx" ON "RepairReturnVisit"("repairOrderId");

-- CreateIndex
CREATE INDEX "RepairReturnVisit_visitorId_idx" ON "RepairReturnVisit"("visitorId");

-- CreateIndex
CREATE UNIQUE INDEX "RenovationApplication_number_key" ON "RenovationApplication"("number");

-- CreateIndex
CREATE UNIQUE INDEX "RenovationApplication_permitNumber_key" ON "RenovationApplication"("permitNumber");

-- CreateIndex
CREATE INDEX "RenovationApplication_estateId_status_submittedAt_idx" ON "RenovationApplication"("estateId", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "RenovationApplication_unitId_idx" ON "RenovationApplication"("unitId");

-- CreateIndex
CREATE INDEX "RenovationApplication_applicantId_idx" ON "RenovationApplication"("applicantId");

-- CreateIndex
CREATE INDEX "RenovationDocument_applicationId_kind_idx" ON "RenovationDocument"("applicationId", "kind");

-- CreateIndex
CREATE INDEX "RenovationApproval_signedById_idx" ON "RenovationApproval"("signedById");

-- CreateIndex
CREATE UNIQUE INDEX "RenovationApproval_applicationId_kind_key" ON "RenovationApproval"("applicationId", "kind");

-- CreateIndex
CREATE INDEX "RenovationInspection_applicationId_inspectedOn_idx" ON "RenovationInspection"("applicationId", "inspectedOn");

-- CreateIndex
CREATE INDEX "RenovationInspection_inspectorId_idx" ON "RenovationInspection"("inspectorId");

-- CreateIndex
CREATE INDEX "RenovationViolation_applicationId_foundAt_idx" ON "RenovationViolation"("applicationId", "foundAt");

-- CreateIndex
CREATE INDEX "RenovationViolation_inspectionId_idx" ON "RenovationViolation"("inspectionId");

-- CreateIndex
CREATE INDEX "RenovationViolation_recordedById_idx" ON "RenovationViolation"("recordedById");

-- CreateIndex
CREATE UNIQUE INDEX "RenovationPenalty_reversalOfId_key" ON "RenovationPenalty"("reversalOfId");

-- CreateIndex
CREATE INDEX "RenovationPenalty_applicationId_idx" ON "RenovationPenalty"("applicationId");

-- CreateIndex
CREATE INDEX "RenovationPenalty_violationId_idx" ON "RenovationPenalty"("violationId");

-- CreateIndex
CREATE INDEX "RenovationPenalty_approvedById_idx" ON "RenovationPenalty"("approvedById");

-- CreateIndex
CREATE INDEX "RenovationPenalty_createdById_idx" ON "RenovationPenalty"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "RenovationDeposit_applicationId_key" ON "RenovationDeposit"("applicationId");

-- CreateIndex
CREATE INDEX "RenovationDeposit_paymentId_idx" ON "RenovationDeposit"("paymentId");

-- CreateIndex
CREATE INDEX "RenovationDeposit_createdById_idx" ON "RenovationDeposit"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "RenovationDepositSettlement_depositId_key" ON "RenovationDepositSettlement"("depositId");

-- CreateIndex
CREATE INDEX "RenovationDepositSettlement_createdById_idx" ON "RenovationDepositSettlement"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "ReleasePass_number_key" ON "ReleasePass"("number");

-- CreateIndex
CREATE INDEX "ReleasePass_estateId_status_createdAt_idx" ON "ReleasePass"("estateId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ReleasePass_unitId_createdAt_idx" ON "ReleasePass"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "ReleasePass_approvedById_idx" ON "ReleasePass"("approvedById");

-- CreateIndex
CREATE UNIQUE INDEX "ReleasePassItem_passId_position_key" ON "ReleasePassItem"("passId", "position");

-- CreateIndex
CREATE INDEX "Visitor_estateId_arrivedAt_idx" ON "Visitor"("estateId", "arrivedAt");

-- CreateIndex
CREATE INDEX "Visitor_unitId_idx" ON "Visitor"("unitId");

-- CreateIndex
CREATE INDEX "Visitor_registeredById_idx" ON "Visitor"("registeredById");

-- CreateIndex
CREATE INDEX "Vehicle_unitId_idx" ON "Vehicle"("unitId");

-- CreateIndex
CREATE INDEX "Vehicle_ownerId_idx" ON "Vehicle"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "Vehicle_estateId_plateNumber_key" ON "Vehicle"("estateId", "plateNumber");

-- CreateIndex
CREATE INDEX "ParkingSpace_unitId_idx" ON "ParkingSpace"("unitId");

-- CreateIndex
CREATE INDEX "ParkingSpace_vehicleId_idx" ON "ParkingSpace"("vehicleId");

-- CreateIndex
CREATE UNIQUE INDEX "ParkingSpace_estateId_code_key" ON "ParkingSpace"("estateId", "code");

-- CreateIndex
CREATE INDEX "Facility_estateId_type_idx" ON "Facility"("estateId", "type");

-- CreateIndex
CREATE INDEX "MaintenancePlan_estateId_nextDueOn_idx" ON "MaintenancePlan"("estateId", "nextDueOn");

-- CreateIndex
CREATE INDEX "MaintenancePlan_facilityId_idx" ON "MaintenancePlan"("facilityId");

-- CreateIndex
CREATE INDEX "MaintenanceRecord_facilityId_performedOn_idx" ON "MaintenanceRecord"("facilityId", "performedOn");

-- CreateIndex
CREATE INDEX "MaintenanceRecord_planId_idx" ON "MaintenanceRecord"("planId");

-- CreateIndex
CREATE INDEX "MaintenanceRecord_performedById_idx" ON "MaintenanceRecord"("performedById");

-- CreateIndex
CREATE UNIQUE INDEX "PatrolRoute_estateId_name_key" ON "PatrolRoute"("estateId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "PatrolCheckpoint_routeId_position_key" ON "PatrolCheckpoint"("routeId", "position");

-- CreateIndex
CREATE INDEX "PatrolRound_routeId_startedAt_idx" ON "PatrolRound"("routeId", "startedAt");

-- CreateIndex
CREATE INDEX "PatrolRound_inspectorId_idx" ON "PatrolRound"("inspectorId");

-- CreateIndex
CREATE INDEX "PatrolCheck_checkpointId_idx" ON "PatrolCheck"("checkpointId");

-- CreateIndex
CREATE INDEX "PatrolCheck_repairOrderId_idx" ON "PatrolCheck"("repairOrderId");

-- CreateIndex
CREATE UNIQUE INDEX "PatrolCheck_roundId_checkpointId_key" ON "PatrolCheck"("roundId", "checkpointId");

-- CreateIndex
CREATE UNIQUE INDEX "EmergencyPlan_estateId_type_title_key" ON "EmergencyPlan"("estateId", "type", "title");

-- CreateIndex
CREATE INDEX "EmergencyDrill_planId_heldOn_idx" ON "EmergencyDrill"("planId", "heldOn");

-- CreateIndex
CREATE INDEX "EmergencyDrill_recordedById_idx" ON "EmergencyDrill"("recordedById");

-- CreateIndex
CREATE INDEX "Incident_estateId_status_declaredAt_idx" ON "Incident"("estateId", "status", "declaredAt");

-- CreateIndex
CREATE INDEX "Incident_planId_idx" ON "Incident"("planId");

-- CreateIndex
CREATE INDEX "Incident_declaredById_idx" ON "Incident"("declaredById");

-- CreateIndex
CREATE INDEX "IncidentAction_incidentId_at_idx" ON "IncidentAction"("incidentId", "at");

-- CreateIndex
CREATE INDEX "IncidentAction_actorId_idx" ON "IncidentAction"("actorId");

-- CreateIndex
CREATE INDEX "Announcement_estateId_validFrom_idx" ON "Announcement"("estateId", "validFrom");

-- CreateIndex
CREATE INDEX "Announcement_authorId_idx" ON "Announcement"("authorId");

-- CreateIndex
CREATE INDEX "AnnouncementBuilding_buildingId_idx" ON "AnnouncementBuilding"("buildingId");

-- CreateIndex
CREATE INDEX "CommunityEvent_estateId_status_startsAt_idx" ON "CommunityEvent"("estateId", "status", "startsAt");

-- CreateIndex
CREATE INDEX "CommunityEventRegistration_eventId_idx" ON "CommunityEventRegistration"("eventId");

-- CreateIndex
CREATE INDEX "CommunityEventRegistration_personId_idx" ON "CommunityEventRegistration"("personId");

-- CreateIndex
CREATE INDEX "Survey_estateId_periodStart_idx" ON "Survey"("estateId", "periodStart");

-- CreateIndex
CREATE INDEX "SurveyResponse_unitId_idx" ON "SurveyResponse"("unitId");

-- CreateIndex
CREATE INDEX "SurveyResponse_personId_idx" ON "SurveyResponse"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_surveyId_unitId_key" ON "SurveyResponse"("surveyId", "unitId");

-- CreateIndex
CREATE INDEX "WorkflowEvent_workflow_recordId_at_idx" ON "WorkflowEvent"("workflow", "recordId", "at");

-- CreateIndex
CREATE INDEX "WorkflowEvent_actorId_idx" ON "WorkflowEvent"("actorId");

-- CreateIndex
CREATE INDEX "WorkflowEvent_at_idx" ON "WorkflowEvent"("at");

-- CreateIndex
CREATE INDEX "IdempotencyKey_expiresAt_idx" ON "IdempotencyKey"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "IdempotencyKey_scope_key_key" ON "IdempotencyKey"("scope", "key");

-- CreateIndex
CREATE INDEX "AuditLog_estateId_at_idx" ON "AuditLog"("estateId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "Estate" ADD CONSTRAINT "Estate_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Building" ADD CONSTRAINT "Building_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitHandover" ADD CONSTRAINT "UnitHandover_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitHandover" ADD CONSTRAINT "UnitHandover_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Occupancy" ADD CONSTRAINT "Occupancy_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Occupancy" ADD CONSTRAINT "Occupancy_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Credential" ADD CONSTRAINT "Credential_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefreshToken" ADD CONSTRAINT "RefreshToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeItem" ADD CONSTRAINT "FeeItem_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeeStandard" ADD CONSTRAINT "FeeStandard_feeItemId_fkey" FOREIGN KEY ("feeItemId") REFERENCES "FeeItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meter" ADD CONSTRAINT "Meter_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meter" ADD CONSTRAINT "Meter_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeterReading" ADD CONSTRAINT "MeterReading_meterId_fkey" FOREIGN KEY ("meterId") REFERENCES "Meter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeterReading" ADD CONSTRAINT "MeterReading_readById_fkey" FOREIGN KEY ("readById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillLine" ADD CONSTRAINT "BillLine_billId_unitId_fkey" FOREIGN KEY ("billId", "unitId") REFERENCES "Bill"("id", "unitId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillLine" ADD CONSTRAINT "BillLine_feeItemId_fkey" FOREIGN KEY ("feeItemId") REFERENCES "FeeItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillLine" ADD CONSTRAINT "BillLine_feeStandardId_fkey" FOREIGN KEY ("feeStandardId") REFERENCES "FeeStandard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillLine" ADD CONSTRAINT "BillLine_readingFromId_fkey" FOREIGN KEY ("readingFromId") REFERENCES "MeterReading"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillLine" ADD CONSTRAINT "BillLine_readingToId_fkey" FOREIGN KEY ("readingToId") REFERENCES "MeterReading"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_reversalOfId_fkey" FOREIGN KEY ("reversalOfId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentAllocation" ADD CONSTRAINT "PaymentAllocation_billLineId_fkey" FOREIGN KEY ("billLineId") REFERENCES "BillLine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentAllocation" ADD CONSTRAINT "PaymentAllocation_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentAllocation" ADD CONSTRAINT "PaymentAllocation_creditEntryId_fkey" FOREIGN KEY ("creditEntryId") REFERENCES "CreditEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentAllocation" ADD CONSTRAINT "PaymentAllocation_reversalOfId_fkey" FOREIGN KEY ("reversalOfId") REFERENCES "PaymentAllocation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentAllocation" ADD CONSTRAINT "PaymentAllocation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_billLineId_fkey" FOREIGN KEY ("billLineId") REFERENCES "BillLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_reversalOfId_fkey" FOREIGN KEY ("reversalOfId") REFERENCES "CreditEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_creditEntryId_fkey" FOREIGN KEY ("creditEntryId") REFERENCES "CreditEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_settlementId_fkey" FOREIGN KEY ("settlementId") REFERENCES "RenovationDepositSettlement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_reversalOfId_fkey" FOREIGN KEY ("reversalOfId") REFERENCES "Refund"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionAttempt" ADD CONSTRAINT "CollectionAttempt_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionAttempt" ADD CONSTRAINT "CollectionAttempt_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionAttempt" ADD CONSTRAINT "CollectionAttempt_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionAttempt" ADD CONSTRAINT "CollectionAttempt_attemptedById_fkey" FOREIGN KEY ("attemptedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRequest" ADD CONSTRAINT "ServiceRequest_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRequest" ADD CONSTRAINT "ServiceRequest_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRequest" ADD CONSTRAINT "ServiceRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRequest" ADD CONSTRAINT "ServiceRequest_handlerId_fkey" FOREIGN KEY ("handlerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRequest" ADD CONSTRAINT "ServiceRequest_takenById_fkey" FOREIGN KEY ("takenById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairOrder" ADD CONSTRAINT "RepairOrder_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairOrder" ADD CONSTRAINT "RepairOrder_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairOrder" ADD CONSTRAINT "RepairOrder_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairQuote" ADD CONSTRAINT "RepairQuote_repairOrderId_fkey" FOREIGN KEY ("repairOrderId") REFERENCES "RepairOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairQuote" ADD CONSTRAINT "RepairQuote_quotedById_fkey" FOREIGN KEY ("quotedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairReturnVisit" ADD CONSTRAINT "RepairReturnVisit_repairOrderId_fkey" FOREIGN KEY ("repairOrderId") REFERENCES "RepairOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairReturnVisit" ADD CONSTRAINT "RepairReturnVisit_visitorId_fkey" FOREIGN KEY ("visitorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationApplication" ADD CONSTRAINT "RenovationApplication_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationApplication" ADD CONSTRAINT "RenovationApplication_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationApplication" ADD CONSTRAINT "RenovationApplication_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationDocument" ADD CONSTRAINT "RenovationDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "RenovationApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationApproval" ADD CONSTRAINT "RenovationApproval_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "RenovationApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationApproval" ADD CONSTRAINT "RenovationApproval_signedById_fkey" FOREIGN KEY ("signedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationInspection" ADD CONSTRAINT "RenovationInspection_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "RenovationApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationInspection" ADD CONSTRAINT "RenovationInspection_inspectorId_fkey" FOREIGN KEY ("inspectorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationViolation" ADD CONSTRAINT "RenovationViolation_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "RenovationApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationViolation" ADD CONSTRAINT "RenovationViolation_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "RenovationInspection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationViolation" ADD CONSTRAINT "RenovationViolation_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationPenalty" ADD CONSTRAINT "RenovationPenalty_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "RenovationApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationPenalty" ADD CONSTRAINT "RenovationPenalty_violationId_fkey" FOREIGN KEY ("violationId") REFERENCES "RenovationViolation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationPenalty" ADD CONSTRAINT "RenovationPenalty_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationPenalty" ADD CONSTRAINT "RenovationPenalty_reversalOfId_fkey" FOREIGN KEY ("reversalOfId") REFERENCES "RenovationPenalty"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationPenalty" ADD CONSTRAINT "RenovationPenalty_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationDeposit" ADD CONSTRAINT "RenovationDeposit_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "RenovationApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationDeposit" ADD CONSTRAINT "RenovationDeposit_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationDeposit" ADD CONSTRAINT "RenovationDeposit_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationDepositSettlement" ADD CONSTRAINT "RenovationDepositSettlement_depositId_fkey" FOREIGN KEY ("depositId") REFERENCES "RenovationDeposit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenovationDepositSettlement" ADD CONSTRAINT "RenovationDepositSettlement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleasePass" ADD CONSTRAINT "ReleasePass_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleasePass" ADD CONSTRAINT "ReleasePass_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleasePass" ADD CONSTRAINT "ReleasePass_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleasePassItem" ADD CONSTRAINT "ReleasePassItem_passId_fkey" FOREIGN KEY ("passId") REFERENCES "ReleasePass"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visitor" ADD CONSTRAINT "Visitor_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visitor" ADD CONSTRAINT "Visitor_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visitor" ADD CONSTRAINT "Visitor_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParkingSpace" ADD CONSTRAINT "ParkingSpace_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParkingSpace" ADD CONSTRAINT "ParkingSpace_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParkingSpace" ADD CONSTRAINT "ParkingSpace_vehicleId_fkey" FOREIGN KEY ("vehicleId") REFERENCES "Vehicle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenancePlan" ADD CONSTRAINT "MaintenancePlan_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenancePlan" ADD CONSTRAINT "MaintenancePlan_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceRecord" ADD CONSTRAINT "MaintenanceRecord_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceRecord" ADD CONSTRAINT "MaintenanceRecord_planId_fkey" FOREIGN KEY ("planId") REFERENCES "MaintenancePlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceRecord" ADD CONSTRAINT "MaintenanceRecord_performedById_fkey" FOREIGN KEY ("performedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolRoute" ADD CONSTRAINT "PatrolRoute_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolCheckpoint" ADD CONSTRAINT "PatrolCheckpoint_routeId_fkey" FOREIGN KEY ("routeId") REFERENCES "PatrolRoute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolRound" ADD CONSTRAINT "PatrolRound_routeId_fkey" FOREIGN KEY ("routeId") REFERENCES "PatrolRoute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolRound" ADD CONSTRAINT "PatrolRound_inspectorId_fkey" FOREIGN KEY ("inspectorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolCheck" ADD CONSTRAINT "PatrolCheck_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PatrolRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolCheck" ADD CONSTRAINT "PatrolCheck_checkpointId_fkey" FOREIGN KEY ("checkpointId") REFERENCES "PatrolCheckpoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolCheck" ADD CONSTRAINT "PatrolCheck_repairOrderId_fkey" FOREIGN KEY ("repairOrderId") REFERENCES "RepairOrder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmergencyPlan" ADD CONSTRAINT "EmergencyPlan_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmergencyDrill" ADD CONSTRAINT "EmergencyDrill_planId_fkey" FOREIGN KEY ("planId") REFERENCES "EmergencyPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmergencyDrill" ADD CONSTRAINT "EmergencyDrill_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_planId_fkey" FOREIGN KEY ("planId") REFERENCES "EmergencyPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_declaredById_fkey" FOREIGN KEY ("declaredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentAction" ADD CONSTRAINT "IncidentAction_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentAction" ADD CONSTRAINT "IncidentAction_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementBuilding" ADD CONSTRAINT "AnnouncementBuilding_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementBuilding" ADD CONSTRAINT "AnnouncementBuilding_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunityEvent" ADD CONSTRAINT "CommunityEvent_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunityEventRegistration" ADD CONSTRAINT "CommunityEventRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "CommunityEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunityEventRegistration" ADD CONSTRAINT "CommunityEventRegistration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_estateId_fkey" FOREIGN KEY ("estateId") REFERENCES "Estate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkflowEvent" ADD CONSTRAINT "WorkflowEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
