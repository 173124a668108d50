CREATE SEQUENCE "public"."invoice_number_seq" START WITH 1000;--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" serial PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"number" text,
	"total_cents" integer NOT NULL
);
--> statement-breakpoint
-- Invoice numbers like INV-001000, assigned by a trigger so every writer gets one.
CREATE OR REPLACE FUNCTION assign_invoice_number() RETURNS trigger AS $$
BEGIN
  IF NEW.number IS NULL THEN
    NEW.number := 'INV-' || lpad(nextval('invoice_number_seq')::text, 6, '0');
  END IF;
  RETURN NEW; -- a semicolon inside the body does not end the statement
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER invoices_number BEFORE INSERT ON invoices
  FOR EACH ROW EXECUTE FUNCTION assign_invoice_number();
--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;