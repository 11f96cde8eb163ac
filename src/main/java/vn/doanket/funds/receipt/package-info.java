/** Receipts (giấy biên nhận) for donations, as .docx and .pdf laid out like an administrative document. */
package vn.doanket.funds.receipt;
