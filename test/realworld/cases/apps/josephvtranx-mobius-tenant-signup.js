// Source: josephvtranx/Mobius — server/src/controllers/authController.js (signup), reduced by hand, not copied
// Label: safe
// Why: the institution's pool on `req.db` (chosen per session from the tenant Map) gives the client; BEGIN, the validation returns with the transaction open, the role inserts and the catch's ROLLBACK all sit before a finally that releases
export const signup = async (req, res) => {
    const client = await req.db.connect();

    try {
        const { name, email, password, role } = req.body;
        await client.query('BEGIN');
        const emailCheck = await client.query('SELECT user_id FROM users WHERE email = $1', [email]);
        if (emailCheck.rows.length > 0) {
            return res.status(400).json({ error: 'Email already registered' });
        }
        if (!['student', 'instructor', 'staff'].includes(role)) {
            return res.status(400).json({ error: 'Invalid role' });
        }
        const salt = await bcrypt.genSalt(10);
        const hashedPassword = await bcrypt.hash(password, salt);
        const user = await client.query('INSERT INTO users (name, email, password_hash, role) VALUES ($1, $2, $3, $4) RETURNING *', [name, email, hashedPassword, role]);
        if (role === 'student') {
            try {
                await client.query('INSERT INTO students (student_id) VALUES ($1)', [user.rows[0].user_id]);
            } catch (studentError) {
                throw studentError;
            }
        }
        await client.query('COMMIT');
        res.status(201).json({ user: user.rows[0] });
    } catch (error) {
        await client.query('ROLLBACK');
        if (error.status) {
            return res.status(error.status).json({ error: error.message });
        }
        res.status(500).json({ error: 'Server error during signup' });
    } finally {
        client.release();
    }
};
