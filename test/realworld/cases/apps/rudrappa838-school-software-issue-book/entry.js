// Source: Rudrappa838/school-software — backend/src/controllers/libraryController.js (issueBook), reduced by hand, not copied
// Label: safe
// Why: every early return rolls back inside the try and the finally releases; the push notification (which checks out a second client of its own) is awaited before the finally
const { pool } = require("./db");
const { sendPushNotification } = require("./notificationService");

exports.issueBook = async (req, res) => {
  const { schoolId } = req.user;
  const { patron_type, patron_id, book_number } = req.body;
  if (!patron_type || !patron_id || !book_number) {
    return res.status(400).json({ error: "All fields are required" });
  }

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const bookRes = await client.query("SELECT * FROM library_books WHERE school_id = $1 AND book_number = $2", [schoolId, book_number]);
    if (bookRes.rows.length === 0) {
      await client.query("ROLLBACK");
      return res.status(404).json({ error: "Book not found" });
    }
    const book = bookRes.rows[0];
    if (book.status !== "Available") {
      await client.query("ROLLBACK");
      return res.status(400).json({ error: `Book is currently ${book.status}` });
    }

    let patronName = "";
    if (patron_type === "Student") {
      const studentRes = await client.query("SELECT name FROM students WHERE school_id = $1 AND admission_no = $2", [schoolId, patron_id]);
      if (studentRes.rows.length > 0) patronName = studentRes.rows[0].name;
    } else if (patron_type === "Teacher") {
      const teacherRes = await client.query("SELECT name FROM teachers WHERE school_id = $1 AND employee_id = $2", [schoolId, patron_id]);
      if (teacherRes.rows.length > 0) patronName = teacherRes.rows[0].name;
    }
    if (!patronName) {
      await client.query("ROLLBACK");
      return res.status(404).json({ error: "Patron not found" });
    }

    const dueDate = new Date();
    dueDate.setDate(dueDate.getDate() + 14);
    await client.query("INSERT INTO library_transactions (school_id, book_id, patron_name, due_date) VALUES ($1, $2, $3, $4)", [schoolId, book.id, patronName, dueDate]);
    await client.query("UPDATE library_books SET status = 'Issued' WHERE id = $1", [book.id]);
    await client.query("COMMIT");

    await sendPushNotification(patron_id, "Library Update", `Book "${book.title}" Issued.`);
    res.json({ message: "Book issued successfully", due_date: dueDate });
  } catch (error) {
    await client.query("ROLLBACK");
    res.status(500).json({ error: "Server error issuing book" });
  } finally {
    client.release();
  }
};
